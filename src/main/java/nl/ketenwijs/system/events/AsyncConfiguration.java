package nl.ketenwijs.system.events;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * Module event listeners run after the publishing transaction has committed, on Boot's task executor,
 * so a request that changes a chain does not wait for its register to be re-evaluated.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class AsyncConfiguration {}
