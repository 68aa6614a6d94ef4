package se.glomska;

import se.glomska.customer.CustomerId;
import org.springframework.stereotype.Component;
import se.glomska.customer.spi.AnonymizationParticipant;
import se.glomska.customer.spi.Blocker;
import se.glomska.customer.spi.PersonalDataTable;

import java.util.List;

/**
 * The platform's own tables, classified like every module's: none holds customer data. Events
 * between modules carry ids only, so the event publication registry keeps no name after an erasure.
 */
@Component
class PlatformTables implements AnonymizationParticipant {

    @Override
    public String module() {
        return "platform";
    }

    @Override
    public List<PersonalDataTable> tables() {
        return List.of(
                PersonalDataTable.notCustomerData("EVENT_PUBLICATION", "eventPublication")
                        .keys("ID")
                        .notPersonal("events between modules carry ids only", "LISTENER_ID", "EVENT_TYPE",
                                "SERIALIZED_EVENT", "PUBLICATION_DATE", "COMPLETION_DATE", "STATUS",
                                "COMPLETION_ATTEMPTS", "LAST_RESUBMISSION_DATE"),
                PersonalDataTable.notCustomerData("shedlock", "schedulerLock")
                        .keys("name")
                        .notPersonal("a lock of scheduled work: the job's name and the instance holding it",
                                "lock_until", "locked_at", "locked_by"),
                PersonalDataTable.notCustomerData("SPRING_SESSION", "pageSession")
                        .keys("PRIMARY_ID", "SESSION_ID")
                        .notPersonal("a page login of an employee (Spring Session JDBC, ADR 0012), deleted at logout or"
                                        + " 30 minutes after its last request; the user name is the employee's account",
                                "CREATION_TIME", "LAST_ACCESS_TIME", "MAX_INACTIVE_INTERVAL", "EXPIRY_TIME",
                                "PRINCIPAL_NAME"),
                PersonalDataTable.notCustomerData("SPRING_SESSION_ATTRIBUTES", "pageSessionAttribute")
                        .keys("SESSION_PRIMARY_ID", "ATTRIBUTE_NAME")
                        .notPersonal("a page login's state (security context, CSRF token, the page asked for before the"
                                        + " login, one-shot messages after a redirect), deleted with its session",
                                "ATTRIBUTE_BYTES"),
                PersonalDataTable.notCustomerData("DATABASECHANGELOG", "schemaHistory")
                        .notPersonal("Liquibase schema history", "ID", "AUTHOR", "FILENAME", "DATEEXECUTED",
                                "ORDEREXECUTED", "EXECTYPE", "MD5SUM", "DESCRIPTION", "COMMENTS", "TAG",
                                "LIQUIBASE", "CONTEXTS", "LABELS", "DEPLOYMENT_ID"),
                PersonalDataTable.notCustomerData("DATABASECHANGELOGLOCK", "schemaLock")
                        .notPersonal("Liquibase lock", "ID", "LOCKED", "LOCKGRANTED", "LOCKEDBY"));
    }

    @Override
    public List<Blocker> blockers(CustomerId customerId) {
        return List.of();
    }
}
