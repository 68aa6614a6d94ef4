package se.glomska.web;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import se.glomska.HttpApi.Response;
import se.glomska.IntegrationTest;

import java.lang.reflect.RecordComponent;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * erasure-rules.md section 8: "any list or search filtered by an anonymized customer's id answers 404".
 * The endpoints are not listed by hand: every GET request mapping of the application (API and pages,
 * from Spring's {@link RequestMappingHandlerMapping}s) that takes a customer filter is found and asked
 * for an anonymized customer's records, first page and second, as a user with the role USER. An endpoint
 * added next year with a {@code customerId} filter, or a new tab under {@code /customers/{id}/}, is
 * checked without anyone editing this test.
 * <p>
 * A customer filter is a request parameter, path variable or bound record component named
 * {@code customerId}, or the customer's own id in a sub-resource {@code /customers/{id}/...} (its tabs).
 * The data protection officer's tools (the erasure decision, the personal-data export, the GDPR page)
 * are refused to a USER with 403 and are meant to work after the erasure (api.md): for them the test
 * checks that the officer gets an answer.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CustomerFilteredListsTest extends IntegrationTest {

    /** A sub-resource of one customer, e.g. {@code /api/customers/{id}/branches}. */
    private static final Pattern CUSTOMER_SUB_RESOURCE = Pattern.compile("^(/api)?/customers/\\{[^}]+}/.+");
    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{[^}]+}");

    @Autowired
    ApplicationContext context;

    private CustomerStory erased;
    private CustomerStory kept;
    private final Map<String, HandlerMethod> filtered = new TreeMap<>();

    @BeforeAll
    void anonymizeOneCustomerAndFindTheFilteredMappings() {
        erased = story("Elsa", unique("Ospårbar"));
        kept = story("Kurt", unique("Spårbar"));
        erased.anonymize();
        context.getBeansOfType(RequestMappingHandlerMapping.class).values().forEach(mapping ->
                mapping.getHandlerMethods().forEach((info, method) -> {
                    if (answersGet(info) && filtersByCustomer(info, method)) {
                        info.getPatternValues().forEach(pattern -> filtered.put(pattern, method));
                    }
                }));
    }

    private CustomerStory story(String firstName, String lastName) {
        return CustomerStory.person(api(), firstName, lastName).withBranch().withQuote().withSettledOrder()
                .withActivity().withCase().withMail();
    }

    @Test
    void theDiscoveryFindsTheKnownListsOfApiAndPages() {
        assertThat(filtered.keySet()).contains("/api/orders", "/api/quotes", "/api/invoices", "/api/crm/activities",
                "/api/mail-history", "/api/support/cases", "/api/customers/{customerId}/branches",
                "/api/customers/{customerId}/documents", "/orders", "/invoices");
    }

    @Test
    void everyListFilteredByAnAnonymizedCustomerAnswers404OnEveryPage() {
        PageSession pages = PageSession.loggedIn(port, CLERK, PASSWORD);
        List<String> failures = new ArrayList<>();
        List<String> dataProtectionTools = new ArrayList<>();
        filtered.forEach((pattern, method) -> {
            for (String path : requests(pattern, method, erased.customerId)) {
                int status;
                String type;
                if (path.startsWith("/api/")) {
                    Response answer = clerkApi().get(path);
                    status = answer.status();
                    type = String.valueOf(answer.header("Content-Type"));
                } else {
                    HttpResponse<String> answer = pages.get(path);
                    status = answer.statusCode();
                    type = answer.headers().firstValue("Content-Type").orElse("");
                }
                String expectedType = path.startsWith("/api/") ? "application/problem+json" : "text/html";
                if (status == 403) {
                    dataProtectionTools.add(path);
                } else if (status != 404 || !type.startsWith(expectedType)) {
                    failures.add(path + " answered " + status + " " + type);
                }
            }
        });
        assertThat(failures).as("lists of an anonymized customer that do not answer 404 problem+json").isEmpty();
        PageSession officer = PageSession.loggedIn(port, OPERATOR, PASSWORD);
        assertThat(dataProtectionTools).as("refused to a USER: the data protection officer's tools, which work after the erasure")
                .allMatch(p -> (p.startsWith("/api/") ? api().get(p).status() : officer.get(p).statusCode()) < 400);
    }

    @Test
    void theSameListsOfACustomerNotErasedAnswer200() {
        PageSession pages = PageSession.loggedIn(port, CLERK, PASSWORD);
        List<String> failures = new ArrayList<>();
        filtered.forEach((pattern, method) -> {
            if (PATH_VARIABLE.matcher(pattern).results().count() > 1) {
                return; // a record below the customer (a credit report's PDF): its own id is not the customer's
            }
            for (String path : requests(pattern, method, kept.customerId)) {
                int status = path.startsWith("/api/") ? clerkApi().get(path).status() : pages.get(path).statusCode();
                if (status != 200 && status != 403) {
                    failures.add(path + " answered " + status);
                }
            }
        });
        assertThat(failures).isEmpty();
    }

    @Test
    void theUnfilteredListsStillShowTheAnonymizedCustomersRecordsAsXxxx() {
        Response orders = clerkApi().get("/api/orders?size=200");
        assertThat(orders.status()).isEqualTo(200);
        assertThat(orders.text()).contains("\"id\":" + erased.orderId);
    }

    /** The requests that ask the mapping for the customer's records: the first page, and the second if it pages. */
    private static List<String> requests(String pattern, HandlerMethod method, long customerId) {
        boolean inPath = CUSTOMER_SUB_RESOURCE.matcher(pattern).matches() || pattern.contains("{customerId}");
        String path = PATH_VARIABLE.matcher(pattern).replaceAll(String.valueOf(customerId));
        String query = inPath ? "" : "customerId=" + customerId;
        List<String> requests = new ArrayList<>();
        requests.add(path + (query.isEmpty() ? "" : "?" + query));
        if (names(method).contains("page")) {
            requests.add(path + "?" + (query.isEmpty() ? "" : query + "&") + "page=1");
        }
        return requests;
    }

    private static boolean answersGet(RequestMappingInfo info) {
        var methods = info.getMethodsCondition().getMethods();
        return methods.isEmpty() || methods.contains(RequestMethod.GET);
    }

    private static boolean filtersByCustomer(RequestMappingInfo info, HandlerMethod method) {
        boolean subResource = info.getPatternValues().stream()
                .anyMatch(p -> CUSTOMER_SUB_RESOURCE.matcher(p).matches());
        return subResource || names(method).contains("customerId");
    }

    /** The names a request can bind on the handler: parameters, path variables, components of bound records. */
    private static List<String> names(HandlerMethod method) {
        List<String> names = new ArrayList<>();
        for (MethodParameter parameter : method.getMethodParameters()) {
            parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            PathVariable variable = parameter.getParameterAnnotation(PathVariable.class);
            if (param != null && !param.name().isEmpty()) {
                names.add(param.name());
            } else if (variable != null && !variable.name().isEmpty()) {
                names.add(variable.name());
            } else if (parameter.getParameterType().isRecord()) {
                Arrays.stream(parameter.getParameterType().getRecordComponents()).map(RecordComponent::getName)
                        .forEach(names::add);
            }
            if (parameter.getParameterName() != null) {
                names.add(parameter.getParameterName());
            }
        }
        return names;
    }
}
