package se.glomska.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The pages' language: Swedish by default, English available. Without a choice the browser's
 * {@code Accept-Language} decides (between the two, else Swedish); the {@code ?lang=sv|en} link
 * switches and the choice is remembered in a cookie.
 */
@Configuration
class WebConfiguration implements WebMvcConfigurer {

    static final Locale SWEDISH = Locale.forLanguageTag("sv");
    static final List<Locale> LANGUAGES = List.of(SWEDISH, Locale.ENGLISH);
    static final String LANGUAGE_PARAMETER = "lang";

    /** The texts of the pages: {@code messages.properties} is Swedish, {@code messages_en.properties} English. */
    @Bean
    MessageSource messageSource() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        // Swedish lives in the base bundle: never fall back to the machine's language instead.
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    @Bean
    LocaleResolver localeResolver() {
        AcceptHeaderLocaleResolver browser = new AcceptHeaderLocaleResolver();
        browser.setSupportedLocales(LANGUAGES);
        browser.setDefaultLocale(SWEDISH);
        CookieLocaleResolver chosen = new CookieLocaleResolver("glomska-lang") {
            @Override
            public void setLocaleContext(HttpServletRequest request, HttpServletResponse response,
                                         LocaleContext context) {
                Locale supported = context == null ? null : supported(context.getLocale());
                super.setLocaleContext(request, response, supported == null ? null : new SimpleLocaleContext(supported));
            }
        };
        chosen.setDefaultLocaleFunction(browser::resolveLocale);
        chosen.setCookieMaxAge(Duration.ofDays(365));
        chosen.setCookieHttpOnly(true);
        chosen.setCookieSameSite("Lax");
        return chosen;
    }

    /** One of the page languages, matched by language; null for any other. */
    static Locale supported(Locale locale) {
        if (locale == null) {
            return null;
        }
        return LANGUAGES.stream().filter(l -> l.getLanguage().equals(locale.getLanguage())).findFirst().orElse(null);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName(LANGUAGE_PARAMETER);
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change).excludePathPatterns("/api/**", "/actuator/**");
    }
}
