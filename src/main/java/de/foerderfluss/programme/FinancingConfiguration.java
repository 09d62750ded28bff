package de.foerderfluss.programme;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FinancingProperties.class)
class FinancingConfiguration {

}
