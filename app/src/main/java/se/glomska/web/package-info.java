/**
 * The server-rendered web pages (Thymeleaf): the login page, the customer register with ordinary and
 * advanced search, the customer card with its tabs, the order and invoice lists, the GDPR page that
 * leads the user through erasing a customer, and the erasure log. Swedish by default, English on
 * request (the browser's language, or the {@code ?lang=} link, remembered in a cookie).
 * <p>
 * Owns no tables. Uses only the published API of the business modules (their root packages):
 * {@code CustomerPages}, {@code CustomerErasures}, {@code SalesLists}, {@code InvoiceLists},
 * {@code ActivityLists} and {@code CaseLists}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web pages")
package se.glomska.web;
