package nl.ketenwijs;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class KetenwijsApplication {

    public static void main(String[] args) {
        SpringApplication.run(KetenwijsApplication.class, args);
    }
}
