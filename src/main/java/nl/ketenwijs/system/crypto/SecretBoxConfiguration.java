package nl.ketenwijs.system.crypto;

import nl.ketenwijs.shared.SecretBox;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** The one secret box of the application. */
@Configuration(proxyBeanMethods = false)
class SecretBoxConfiguration {

    /**
     * The master key is resolved before any bean is made: without an acceptable key start-up stops before
     * Flyway has touched the database, whatever bean would otherwise come first.
     */
    @Bean
    static BeanFactoryPostProcessor masterKeyFirst(Environment environment) {
        return beanFactory -> beanFactory.registerSingleton(
                "masterKey", MasterKeySource.of(environment).masterKey());
    }

    @Bean
    SecretBox secretBox(MasterKey masterKey) {
        return new AesGcmSecretBox(masterKey);
    }
}
