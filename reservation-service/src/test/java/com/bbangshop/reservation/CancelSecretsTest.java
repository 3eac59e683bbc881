package com.bbangshop.reservation;

import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class CancelSecretsTest {

    @Test
    void aSecretIs256RandomBitsAs43UrlSafeCharacters() {
        String secret = CancelSecrets.newSecret();
        assertThat(secret).hasSize(43).matches("[A-Za-z0-9_-]{43}");
        assertThat(Base64.getUrlDecoder().decode(secret)).hasSize(32);
    }

    @Test
    void noTwoSecretsAreAlike() {
        Set<String> secrets = IntStream.range(0, 1000).mapToObj(i -> CancelSecrets.newSecret())
                                       .collect(Collectors.toSet());
        assertThat(secrets).hasSize(1000);
    }

    @Test
    void theHashIsTheLowercaseHexSha256OfTheSecret() {
        assertThat(CancelSecrets.hash("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void theSameSecretAlwaysHashesTheSameAndDifferentSecretsDiffer() {
        String secret = CancelSecrets.newSecret();
        assertThat(CancelSecrets.hash(secret)).isEqualTo(CancelSecrets.hash(secret)).matches("[0-9a-f]{64}");
        assertThat(CancelSecrets.hash(secret)).isNotEqualTo(CancelSecrets.hash(CancelSecrets.newSecret()));
    }

    @Test
    void aHashMatchesOnlyItself() {
        String hash = CancelSecrets.hash("secret");
        assertThat(CancelSecrets.matches(hash, CancelSecrets.hash("secret"))).isTrue();
        assertThat(CancelSecrets.matches(hash, CancelSecrets.hash("other"))).isFalse();
        assertThat(CancelSecrets.matches(hash, "secret")).isFalse();
    }

    @Test
    void nothingMatchesAMissingHash() {
        String hash = CancelSecrets.hash("secret");
        assertThat(CancelSecrets.matches(hash, null)).isFalse();
        assertThat(CancelSecrets.matches(null, hash)).isFalse();
        assertThat(CancelSecrets.matches(null, null)).isFalse();
    }
}
