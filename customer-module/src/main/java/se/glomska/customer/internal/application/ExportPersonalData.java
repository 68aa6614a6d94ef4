package se.glomska.customer.internal.application;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.glomska.customer.RestrictedRecords;
import se.glomska.customer.UnknownCustomerException;
import se.glomska.customer.internal.domain.Customers;
import se.glomska.customer.internal.domain.PersonalData;
import se.glomska.customer.internal.domain.PersonalDataExport;
import se.glomska.customer.internal.domain.PersonalDataExport.RecordGroup;
import se.glomska.customer.spi.AnonymizationParticipant;
import se.glomska.customer.spi.PersonalDataTable;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects, through every participant's declaration, all that the system holds about a customer. The
 * bookkeeping records of an anonymized customer are restricted: each one exported is a read of it as
 * issued, appended to the access record ({@link RestrictedRecords}).
 */
@Service
public class ExportPersonalData {

    private final Customers customers;
    private final List<AnonymizationParticipant> participants;
    private final PersonalData personalData;
    private final RestrictedRecords restricted;
    private final Clock clock;

    ExportPersonalData(Customers customers, List<AnonymizationParticipant> participants, PersonalData personalData,
                       RestrictedRecords restricted, Clock clock) {
        this.customers = customers;
        this.restricted = restricted;
        this.participants = participants;
        this.personalData = personalData;
        this.clock = clock;
    }

    /** Everything about the customer, as {@code actor} reads it. */
    @Transactional
    public PersonalDataExport export(long customerId, String actor) {
        boolean anonymized = customers.find(customerId).orElseThrow(() -> new UnknownCustomerException(customerId))
                .anonymized();
        Map<String, Map<String, RecordGroup>> modules = new LinkedHashMap<>();
        for (AnonymizationParticipant participant : participants) {
            Map<String, RecordGroup> groups = new LinkedHashMap<>();
            for (PersonalDataTable table : participant.tables()) {
                if (!table.holdsCustomerData()) {
                    continue;
                }
                List<Map<String, Object>> rows = personalData.export(table, customerId);
                boolean bookkeeping = table.kind() == PersonalDataTable.Kind.BOOKKEEPING;
                if (anonymized && bookkeeping) {
                    rows.forEach(row -> restricted.recordRead(actor, table.recordType(),
                            ((Number) row.get("id")).longValue()));
                }
                if (!rows.isEmpty()) {
                    groups.put(table.recordType(), new RecordGroup(
                            bookkeeping, rows));
                }
            }
            if (!groups.isEmpty()) {
                modules.put(participant.module(), groups);
            }
        }
        return new PersonalDataExport(customerId, clock.instant(), modules);
    }
}
