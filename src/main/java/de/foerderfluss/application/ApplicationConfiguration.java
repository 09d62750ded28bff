package de.foerderfluss.application;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ DeadlineProperties.class, DocumentProperties.class, DeliveryProperties.class })
class ApplicationConfiguration {

}
