package nl.ketenwijs.system.web;

import java.time.ZoneId;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * {@code #local.format(time, pattern)} in templates: a moment as the covenant's people read it, in Dutch
 * time (the database hands out UTC), in the page's language. Boot adds every dialect bean to the engine.
 */
@Component
class LocalTimeDialect extends AbstractDialect implements IExpressionObjectDialect {

    private static final String NAME = "local";

    private final ZoneId zone;

    LocalTimeDialect(@Value("${ketenwijs.display-zone:Europe/Amsterdam}") String zone) {
        super("ketenwijs-local-time");
        this.zone = ZoneId.of(zone);
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of(NAME);
            }

            @Override
            public Object buildObject(IExpressionContext context, String name) {
                return NAME.equals(name) ? new LocalTimes(zone, context.getLocale()) : null;
            }

            /** Not cacheable: the object carries the page's language. */
            @Override
            public boolean isCacheable(String name) {
                return false;
            }
        };
    }
}
