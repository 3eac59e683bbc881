package com.bbangshop.reservation.customer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CustomerKeysTest {

    private final CustomerKeys keys = new CustomerKeys(new CustomerProperties("the shop's secret"));

    @Test
    void theSameNumberHoweverWrittenIsTheSameCustomer() {
        assertThat(CustomerKeys.normalize("010-1234-5678")).contains("01012345678");
        assertThat(CustomerKeys.normalize(" (010) 1234 5678 ")).contains("01012345678");
        assertThat(CustomerKeys.normalize("+82 10.1234.5678")).contains("+821012345678");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "123456", "1234567890123456", "010-CALL-ME", "++821012345678", "01012345678#"})
    void whatIsNotAPhoneNumberIsRefused(String typed) {
        assertThat(CustomerKeys.normalize(typed)).isEmpty();
    }

    @Test
    void theHashIsKeyedStableAndDoesNotHoldTheNumber() {
        String hash = keys.hashOf("01012345678");

        assertThat(hash).isEqualTo(keys.hashOf("01012345678")).hasSize(43).doesNotContain("12345678");
        assertThat(keys.hashOf("01012345679")).isNotEqualTo(hash);
        assertThat(new CustomerKeys(new CustomerProperties("another shop")).hashOf("01012345678"))
                .as("another key, another hash").isNotEqualTo(hash);
    }

    @Test
    void withoutAKeyNoCustomerCanBeToldApart() {
        assertThatThrownBy(() -> new CustomerKeys(new CustomerProperties("")).hashOf("01012345678"))
                .isInstanceOf(CustomerKeys.NoCustomerKeyException.class)
                .hasMessageContaining("bbangshop.customers.key");
        assertThatThrownBy(() -> new CustomerKeys(new CustomerProperties(null)).hashOf("01012345678"))
                .isInstanceOf(CustomerKeys.NoCustomerKeyException.class);
    }
}
