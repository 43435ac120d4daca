package nl.ketenwijs.system.crypto;

import nl.ketenwijs.shared.SecretBox;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** The one secret box of the application; start-up stops here when there is no acceptable master key. */
@Configuration(proxyBeanMethods = false)
class SecretBoxConfiguration {

    @Bean
    SecretBox secretBox(Environment environment) {
        return new AesGcmSecretBox(MasterKeySource.of(environment).masterKey());
    }
}
