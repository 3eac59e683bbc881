package com.bbangshop.reservation.pickup;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(PickupProperties.class)
public class PickupConfiguration {
}
