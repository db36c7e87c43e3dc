package io.salescrm.org;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class SalesOrgApplication {

    public static void main(String[] args) {
        SpringApplication.run(SalesOrgApplication.class, args);
    }
}
