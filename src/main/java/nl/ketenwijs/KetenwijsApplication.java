package nl.ketenwijs;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
public class KetenwijsApplication {

    public static void main(String[] args) {
        SpringApplication.run(KetenwijsApplication.class, args);
    }

    /** Time comes from one clock, so that tests can move it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
