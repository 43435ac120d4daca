package nl.ketenwijs.grievance.photos;

/** A photo decoded and encoded again: pixels only, no EXIF, GPS, XMP, IPTC, thumbnail or text chunk. */
public record CleanPhoto(String contentType, byte[] bytes) {}
