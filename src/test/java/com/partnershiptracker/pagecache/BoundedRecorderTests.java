package com.partnershiptracker.pagecache;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class BoundedRecorderTests {

    final MockHttpServletResponse client = new MockHttpServletResponse();
    final BoundedRecorder recorder = new BoundedRecorder(client, 10);

    @Test
    void aBodyWithinTheLimitIsHeldBackUntilTheEnd() throws Exception {
        recorder.setCharacterEncoding("UTF-8");
        recorder.getWriter().write("우리");

        assertThat(recorder.recordedBody()).isEqualTo("우리".getBytes(StandardCharsets.UTF_8));
        assertThat(client.getContentAsByteArray()).isEmpty();
        recorder.finish();
        assertThat(client.getContentAsString(StandardCharsets.UTF_8)).isEqualTo("우리");
        assertThat(client.getContentLength()).isEqualTo(6);
    }

    @Test
    void aBodyPastTheLimitGoesToTheClientAsItComesAndIsNotRecorded() throws Exception {
        recorder.getOutputStream().write("0123456789".getBytes(StandardCharsets.US_ASCII));
        assertThat(client.getContentAsByteArray()).isEmpty();

        recorder.getOutputStream().write("ABC".getBytes(StandardCharsets.US_ASCII));

        assertThat(client.getContentAsString()).isEqualTo("0123456789ABC");
        assertThat(recorder.recordedBody()).isNull();
        recorder.getOutputStream().write('D');
        recorder.finish();
        assertThat(client.getContentAsString()).isEqualTo("0123456789ABCD");
    }

    @Test
    void anErrorDropsWhatWasHeld() throws Exception {
        recorder.getOutputStream().write("half".getBytes(StandardCharsets.US_ASCII));

        recorder.sendError(503);
        recorder.finish();

        assertThat(client.getStatus()).isEqualTo(503);
        assertThat(client.getContentAsByteArray()).isEmpty();
    }
}
