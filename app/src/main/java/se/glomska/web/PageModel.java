package se.glomska.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page's header needs: whether the user may erase customers (the page hides what the user
 * may not do; the server refuses it anyway), the user's name and the language links.
 */
@ControllerAdvice(basePackageClasses = PageModel.class)
class PageModel {

    static final String DATA_PROTECTION = "DATA_PROTECTION";

    /** The page in Swedish and in English: the current address with {@code lang} set. */
    record LanguageLinks(String sv, String en) {
    }

    @ModelAttribute("dataProtection")
    boolean dataProtection(HttpServletRequest request) {
        return request.isUserInRole(DATA_PROTECTION);
    }

    @ModelAttribute("userName")
    String userName(HttpServletRequest request) {
        return request.getRemoteUser();
    }

    @ModelAttribute("languages")
    LanguageLinks languages(HttpServletRequest request) {
        return new LanguageLinks(PageFormat.urlWith(request, WebConfiguration.LANGUAGE_PARAMETER, "sv"),
                PageFormat.urlWith(request, WebConfiguration.LANGUAGE_PARAMETER, "en"));
    }
}
