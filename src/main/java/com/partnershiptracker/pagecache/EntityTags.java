package com.partnershiptracker.pagecache;

import com.partnershiptracker.audit.ChangeStamp;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The ETag of a kept page: an HMAC of its change stamp under a key drawn at random when the process
 * starts, so that a client can tell that the record changed but not how far the site-wide revision
 * counter has moved (the stamp itself would say how many saves were made, and when). The key is
 * never shared: ETags differ between instances already (the stamp counts this instance's own
 * commits) and the kept pages live in this instance's memory, so a restart or another instance
 * costs one full answer instead of a 304, nothing more.
 */
final class EntityTags {

    private static final String ALGORITHM = "HmacSHA256";
    private static final SecretKeySpec KEY = randomKey();

    private EntityTags() {
    }

    static String of(ChangeStamp.Stamp stamp) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(KEY);
            byte[] digest = mac.doFinal((stamp.newestRevision() + "." + stamp.recentRevisions() + "." + stamp.commitsHere()).getBytes(StandardCharsets.US_ASCII));
            return "W/\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22) + "\"";
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is part of every Java runtime", e);
        }
    }

    private static SecretKeySpec randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return new SecretKeySpec(key, ALGORITHM);
    }
}
