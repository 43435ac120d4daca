package nl.ketenwijs.organisation.demo;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * The demo sector belongs to the embedded mode, and elsewhere only to an explicit --ketenwijs.demo=true:
 * its well-known passwords and tokens must never appear on a production database by accident.
 */
class DemoMode implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        Environment environment = context.getEnvironment();
        String demo = environment.getProperty("ketenwijs.demo");
        if (StringUtils.hasText(demo)) {
            return Boolean.parseBoolean(demo);
        }
        return !StringUtils.hasText(environment.getProperty("spring.datasource.url"));
    }
}
