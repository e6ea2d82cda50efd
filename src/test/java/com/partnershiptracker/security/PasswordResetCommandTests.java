package com.partnershiptracker.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordResetCommandTests {

    @Test
    void theResetOptionNamesTheAccountAndOtherArgumentsAskForNoReset() {
        assertThat(PasswordResetCommand.requestedBy(new String[] {"--server.port=0", "--reset-password=admin"})).contains("admin");
        assertThat(PasswordResetCommand.requestedBy(new String[] {"--reset-password"})).contains("");
        assertThat(PasswordResetCommand.requestedBy(new String[] {"--reset-passwords=admin", "--spring.profiles.active=dev"})).isEmpty();
    }

    @Test
    void aResetWithoutAUsernameIsRefusedBeforeTheApplicationStarts() {
        assertThat(PasswordResetCommand.run(PasswordResetCommandTests.class, new String[] {"--reset-password="}))
                .isEqualTo(PasswordReset.REFUSED);
    }
}
