package com.partnershiptracker.websupport;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PublicUrlValveTests {

    @Test
    void aSiteAddressWithOrWithoutPortOrTrailingSlashIsAccepted() {
        assertThat(PublicUrlValve.parse("https://partners.example.org").getHost()).isEqualTo("partners.example.org");
        assertThat(PublicUrlValve.parse(" http://127.0.0.1:8080/ ").getPort()).isEqualTo(8080);
    }

    @ParameterizedTest
    @ValueSource(strings = {"partners.example.org", "ftp://partners.example.org", "https://partners.example.org/app",
            "https://user:secret@partners.example.org", "https://partners.example.org/?x=1", "https://", "https://a b"})
    void anythingButABareHttpOrHttpsAddressIsRefusedAtStartUp(String configured) {
        assertThatIllegalArgumentException().isThrownBy(() -> PublicUrlValve.parse(configured))
                .withMessageContaining("APP_PUBLIC_URL");
    }
}
