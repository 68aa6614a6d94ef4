package se.glomska;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/**
 * Glömska: the core of a Swedish ERP whose flagship capability is erasing a customer the way GDPR
 * demands while keeping what Bokföringslagen requires. Assembles the bounded contexts.
 */
@Modulithic(systemName = "Glömska")
@SpringBootApplication
public class GlomskaApplication {

    public static void main(String[] args) {
        SpringApplication.run(GlomskaApplication.class, args);
    }
}
