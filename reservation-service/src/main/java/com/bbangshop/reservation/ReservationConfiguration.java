package com.bbangshop.reservation;

import com.bbangshop.support.readmodel.ReadSideProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The reservation service's typed settings. */
@Configuration
@EnableConfigurationProperties({ReservationProperties.class, ReadSideProperties.class})
class ReservationConfiguration {
}
