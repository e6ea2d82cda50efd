package com.partnershiptracker.traffic;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class EditorsFirstTests {

    final RenderTurns turns = new RenderTurns(4, Duration.ofMillis(20), 8);
    final EditorsFirst editorsFirst = new EditorsFirst(turns);

    @Test
    void aSignedInSaveLetsRendersInOneAtATimeUntilItEnds() throws Exception {
        MockHttpServletRequest save = new MockHttpServletRequest("POST", "/admin/agreements/1/edit");
        save.setRemoteUser("editor");
        editorsFirst.preHandle(save, new MockHttpServletResponse(), null);

        assertThat(turns.take()).isEqualTo(RenderTurns.Answer.TURN);
        assertThat(turns.take()).isEqualTo(RenderTurns.Answer.BUSY);

        editorsFirst.afterCompletion(save, new MockHttpServletResponse(), null, null);
        assertThat(turns.take()).isEqualTo(RenderTurns.Answer.TURN);
        assertThat(turns.free()).isEqualTo(2);
    }

    @Test
    void anAnonymousPostOrASignedInReadChangesNothing() throws Exception {
        MockHttpServletRequest anonymous = new MockHttpServletRequest("POST", "/login");
        MockHttpServletRequest editorReading = new MockHttpServletRequest("GET", "/admin/agreements/1/edit");
        editorReading.setRemoteUser("editor");
        editorsFirst.preHandle(anonymous, new MockHttpServletResponse(), null);
        editorsFirst.preHandle(editorReading, new MockHttpServletResponse(), null);

        for (int render = 0; render < 4; render++) {
            assertThat(turns.take()).isEqualTo(RenderTurns.Answer.TURN);
        }
        editorsFirst.afterCompletion(anonymous, new MockHttpServletResponse(), null, null);
        editorsFirst.afterCompletion(editorReading, new MockHttpServletResponse(), null, null);
        assertThat(turns.free()).isZero();
    }
}
