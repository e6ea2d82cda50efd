package com.partnershiptracker;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class PartnershipTrackerApplication {

    public static void main(String[] args) {
        SpringApplication.run(PartnershipTrackerApplication.class, args);
    }
}
