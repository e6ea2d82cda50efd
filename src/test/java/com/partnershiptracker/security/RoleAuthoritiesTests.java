package com.partnershiptracker.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RoleAuthoritiesTests {

    @Test
    void anAdminAlsoReviewsAndEdits() {
        assertThat(DatabaseUserDetailsService.authoritiesOf(Role.ADMIN)).containsExactly(Role.ADMIN, Role.REVIEWER, Role.EDITOR);
    }

    @Test
    void aReviewerAlsoEditsButIsNoAdmin() {
        assertThat(DatabaseUserDetailsService.authoritiesOf(Role.REVIEWER)).containsExactly(Role.REVIEWER, Role.EDITOR);
    }

    @Test
    void anEditorOnlyEdits() {
        assertThat(DatabaseUserDetailsService.authoritiesOf(Role.EDITOR)).containsExactly(Role.EDITOR);
    }
}
