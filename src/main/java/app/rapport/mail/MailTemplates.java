package app.rapport.mail;

import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The messages' two parts, from the templates in {@code src/main/resources/mail}: {@code name.html}
 * in Thymeleaf's HTML mode and {@code name.txt} in its text mode. Templates write every value with
 * {@code th:text} (or {@code [(${...})]} only for values the app made, such as links), so whatever
 * a person typed reaches the mail as text, never as markup.
 */
@Component
class MailTemplates {

    private final TemplateEngine html = engine(TemplateMode.HTML, ".html");
    private final TemplateEngine text = engine(TemplateMode.TEXT, ".txt");

    record Rendered(String text, String html) {
    }

    Rendered render(String template, Map<String, Object> model) {
        var context = new Context(Locale.UK, model);
        return new Rendered(text.process(template, context), html.process(template, context));
    }

    private static TemplateEngine engine(TemplateMode mode, String suffix) {
        var resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("mail/");
        resolver.setSuffix(suffix);
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        var engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }
}
