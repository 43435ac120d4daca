package nl.ketenwijs.riskknowledge.maps;

/**
 * The Equal Earth projection (Šavrič, Patterson and Jenny, 2018): equal-area, so a large country does not
 * look riskier than it is, with the familiar rounded outline. Longitude and latitude in degrees; x lies
 * within ±{@link #MAX_X}, y within ±{@link #MAX_Y}, y growing northwards.
 */
final class EqualEarth {

    private static final double A1 = 1.340264;
    private static final double A2 = -0.081106;
    private static final double A3 = 0.000893;
    private static final double A4 = 0.003796;
    private static final double M = Math.sqrt(3) / 2;

    static final double MAX_X = project(180, 0)[0];
    static final double MAX_Y = project(0, 90)[1];

    private EqualEarth() {}

    static double[] project(double longitude, double latitude) {
        double lambda = Math.toRadians(longitude);
        double theta = Math.asin(M * Math.sin(Math.toRadians(latitude)));
        double t2 = theta * theta;
        double t6 = t2 * t2 * t2;
        double x =
                2 * Math.sqrt(3) * lambda * Math.cos(theta) / (3 * (9 * A4 * t6 * t2 + 7 * A3 * t6 + 3 * A2 * t2 + A1));
        double y = theta * (A4 * t6 * t2 + A3 * t6 + A2 * t2 + A1);
        return new double[] {x, y};
    }
}
