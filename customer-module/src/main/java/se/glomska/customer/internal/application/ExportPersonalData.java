package se.glomska.customer.internal.application;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
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

/** Collects, through every participant's declaration, all that the system holds about a customer. */
@Service
public class ExportPersonalData {

    private final Customers customers;
    private final List<AnonymizationParticipant> participants;
    private final PersonalData personalData;
    private final Clock clock;

    ExportPersonalData(Customers customers, List<AnonymizationParticipant> participants, PersonalData personalData,
                       Clock clock) {
        this.customers = customers;
        this.participants = participants;
        this.personalData = personalData;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public PersonalDataExport export(long customerId) {
        customers.find(customerId).orElseThrow(() -> new UnknownCustomerException(customerId));
        Map<String, Map<String, RecordGroup>> modules = new LinkedHashMap<>();
        for (AnonymizationParticipant participant : participants) {
            Map<String, RecordGroup> groups = new LinkedHashMap<>();
            for (PersonalDataTable table : participant.tables()) {
                if (!table.holdsCustomerData()) {
                    continue;
                }
                List<Map<String, Object>> rows = personalData.export(table, customerId);
                if (!rows.isEmpty()) {
                    groups.put(table.recordType(), new RecordGroup(
                            table.kind() == PersonalDataTable.Kind.BOOKKEEPING, rows));
                }
            }
            if (!groups.isEmpty()) {
                modules.put(participant.module(), groups);
            }
        }
        return new PersonalDataExport(customerId, clock.instant(), modules);
    }
}
