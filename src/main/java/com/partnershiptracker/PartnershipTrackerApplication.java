package com.partnershiptracker;

import com.partnershiptracker.security.PasswordResetCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class PartnershipTrackerApplication {

    public static void main(String[] args) {
        if (PasswordResetCommand.requestedBy(args).isPresent()) {
            System.exit(PasswordResetCommand.run(PartnershipTrackerApplication.class, args));
        }
        SpringApplication.run(PartnershipTrackerApplication.class, args);
    }
}
