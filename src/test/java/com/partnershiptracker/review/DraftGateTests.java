package com.partnershiptracker.review;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

class DraftGateTests {

    final DraftService drafts = mock(DraftService.class);

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void withReviewRequiredAnEditorMustDraft() {
        signInAs("ROLE_EDITOR");
        assertThat(new DraftGate(true, drafts).mustDraft()).isTrue();
    }

    @Test
    void withReviewRequiredAReviewerOrAnAdminPublishesDirectly() {
        signInAs("ROLE_REVIEWER", "ROLE_EDITOR");
        assertThat(new DraftGate(true, drafts).mustDraft()).isFalse();
        signInAs("ROLE_ADMIN", "ROLE_REVIEWER", "ROLE_EDITOR");
        assertThat(new DraftGate(true, drafts).mustDraft()).isFalse();
    }

    @Test
    void withReviewNotRequiredNobodyDraftsAndNoListAsksForDrafts() {
        signInAs("ROLE_EDITOR");
        DraftGate gate = new DraftGate(false, drafts);
        assertThat(gate.mustDraft()).isFalse();
        assertThat(gate.hasDraft("ORGANIZATION", 1L)).isFalse();
        assertThat(gate.ownOpenDrafts()).isEmpty();
        verifyNoInteractions(drafts);
    }

    private static void signInAs(String... authorities) {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("someone", "x", authorities));
    }
}
