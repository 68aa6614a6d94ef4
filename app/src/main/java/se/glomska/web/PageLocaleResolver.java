package se.glomska.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The pages' language: the one chosen with the {@code ?lang=} link (kept in a cookie), else the
 * browser's {@code Accept-Language} between Swedish and English, else Swedish. The JSON API is not
 * translated: requests under {@code /api/} and {@code /actuator/} keep the request's own locale, as
 * before the pages existed.
 */
class PageLocaleResolver extends CookieLocaleResolver {

    static final Locale SWEDISH = Locale.forLanguageTag("sv");
    static final List<Locale> LANGUAGES = List.of(SWEDISH, Locale.ENGLISH);

    PageLocaleResolver() {
        super("glomska-lang");
        AcceptHeaderLocaleResolver browser = new AcceptHeaderLocaleResolver();
        browser.setSupportedLocales(LANGUAGES);
        browser.setDefaultLocale(SWEDISH);
        setDefaultLocaleFunction(browser::resolveLocale);
        setCookieMaxAge(Duration.ofDays(365));
        setCookieHttpOnly(true);
        setCookieSameSite("Lax");
        // A cookie that is not a language (planted, or edited by hand) is ignored, not a 500 on every page.
        setRejectInvalidCookies(false);
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return isPage(request) ? supportedOrSwedish(super.resolveLocale(request)) : request.getLocale();
    }

    /** Resolved on each use, so a change by the {@code ?lang=} link applies to the request that makes it. */
    @Override
    public LocaleContext resolveLocaleContext(HttpServletRequest request) {
        return () -> resolveLocale(request);
    }

    /** Remembers only Swedish or English; any other choice is forgotten (the browser decides again). */
    @Override
    public void setLocaleContext(HttpServletRequest request, HttpServletResponse response, LocaleContext context) {
        Locale supported = context == null ? null : supported(context.getLocale());
        super.setLocaleContext(request, response, supported == null ? null : new SimpleLocaleContext(supported));
    }

    private static boolean isPage(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !path.startsWith("/api/") && !path.startsWith("/actuator/");
    }

    /** A cookie edited by hand cannot switch the pages to a language they do not speak. */
    private static Locale supportedOrSwedish(Locale locale) {
        Locale supported = supported(locale);
        return supported == null ? SWEDISH : supported;
    }

    static Locale supported(Locale locale) {
        if (locale == null) {
            return null;
        }
        return LANGUAGES.stream().filter(l -> l.getLanguage().equals(locale.getLanguage())).findFirst().orElse(null);
    }
}
