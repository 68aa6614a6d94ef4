/**
 * The customer register: customers and prospects (persons and companies), their addresses, contact
 * information, branches, credit reports with their PDF files, documents and properties, and the
 * erasure of a customer (GDPR art. 17), which this module orchestrates across every module through
 * the {@link se.glomska.customer.spi.AnonymizationParticipant} port without depending on any of them.
 * <p>
 * Owns the tables {@code customer}, {@code customer_branch}, {@code credit_report},
 * {@code credit_report_file}, {@code customer_document}, {@code customer_property} and
 * {@code erasure_log}, {@code restricted_access} (who read restricted bookkeeping records) and
 * {@code erasure_request} (the register of erasure requests with their deadlines). Its API for
 * other modules is {@link se.glomska.customer.CustomerDirectory} (list filters and how a record shows its
 * customer), {@link se.glomska.customer.RestrictedRecords} (the access record),
 * {@link se.glomska.customer.ErasureRequestRegister} (the register of erasure requests, for the pages), and
 * one event:
 * <ul>
 * <li>{@link se.glomska.customer.CustomerErased} (customer id, action, time, actor; ids only), published in every
 * erasure's transaction through the event publication registry, however the erasure was started. An in-process
 * module that keeps a copy of customer data (a cache, a search index, an integration to a web shop or a
 * newsletter tool) listens to it with {@code @ApplicationModuleListener} and erases its copy (GDPR art. 19); it is
 * delivered once per erasure, also after a crash (the registry resubmits it), and, when
 * {@code spring.rabbitmq.host} is set, externalized to RabbitMQ for other systems.</li>
 * </ul>
 * The module listens to {@link se.glomska.customer.spi.ErasureBlockersChanged} from its SPI, which every
 * participant publishes, to carry out an approved erasure request once nothing blocks it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Customer register")
package se.glomska.customer;
