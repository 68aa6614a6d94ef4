/**
 * The erasure service provider interface: what every bounded context implements so that the
 * customer module can erase a customer across the whole system without depending on any of them.
 * <p>
 * A participant declares its tables with every column classified ({@link PersonalDataTable}); the
 * customer module derives footprint, manual-review list, anonymization, deletion and the
 * personal-data export from that declaration, and asks the participant only for what cannot be
 * declared: its {@link Blocker blockers}.
 */
@org.springframework.modulith.NamedInterface("spi")
package se.glomska.customer.spi;
