package se.glomska.benchmark;

/**
 * The history of a "heavy" customer that the {@link DataGenerator} builds: years of trade, all of
 * it finished (delivered, invoiced, paid, contracts ended), so that the customer can be anonymized.
 * <p>
 * Every order is invoiced (one invoice per order, with a payment, a payment reminder and a counter
 * receipt with its customer link); every dropship order is invoiced too (one invoice with a payment),
 * since an uninvoiced one would block the anonymization.
 *
 * @param quotes            quotes, 2 lines each
 * @param orders            orders, 2 lines each, each with a delivery and its commercial invoice, invoiced
 * @param dropshipOrders    dropship orders, 2 lines each, each with a purchase and its inbound delivery
 * @param contracts         contracts, all ended
 * @param activities        CRM activities
 * @param supportCases      support cases
 * @param repliesPerCase    posted replies per support case
 * @param mails             mail-history entries
 * @param branches          branches of the customer
 * @param creditReports     credit reports, each with a PDF
 * @param creditReportBytes size of each credit report's PDF
 */
public record HeavyHistory(int quotes, int orders, int dropshipOrders, int contracts, int activities,
                           int supportCases, int repliesPerCase, int mails, int branches, int creditReports,
                           int creditReportBytes) {

    /** The default of issue 8: about 50,000 records and 4 MB of PDFs. */
    public static final HeavyHistory DEFAULT = new HeavyHistory(2_000, 2_000, 500, 20, 5_000, 1_000, 3, 5_000,
            50, 20, 200 * 1024);

    /** A small heavy customer for tests: a few records of every kind. */
    public static final HeavyHistory SMALL = new HeavyHistory(4, 5, 3, 2, 6, 3, 3, 5, 2, 2, 2 * 1024);

    public HeavyHistory {
        if (quotes < 0 || orders < 0 || dropshipOrders < 0 || contracts < 0 || activities < 0 || supportCases < 0
                || repliesPerCase < 0 || mails < 0 || branches < 0 || creditReports < 0 || creditReportBytes < 16) {
            throw new IllegalArgumentException("counts must not be negative and a PDF has at least 16 bytes");
        }
    }

    /** Every count multiplied by {@code factor} (at least one of each), the PDF size kept. */
    public HeavyHistory scaled(double factor) {
        return new HeavyHistory(scale(quotes, factor), scale(orders, factor), scale(dropshipOrders, factor),
                scale(contracts, factor), scale(activities, factor), scale(supportCases, factor), repliesPerCase,
                scale(mails, factor), scale(branches, factor), scale(creditReports, factor), creditReportBytes);
    }

    private static int scale(int count, double factor) {
        return count == 0 ? 0 : Math.max(1, (int) Math.round(count * factor));
    }

    /** How many records the history holds in all modules (the customer row not counted). */
    public long records() {
        long invoices = (long) orders + dropshipOrders;
        return quotes * 3L                                   // quote + 2 lines
                + orders * 5L                                // order + 2 lines + delivery + commercial invoice
                + dropshipOrders * 5L                        // dropship order + 2 lines + purchase + inbound delivery
                + contracts + activities
                + supportCases * (1L + repliesPerCase) + mails
                + invoices * 4L                              // invoice + 2 lines + payment
                + orders * 4L                                // reminder + receipt + receipt line + receipt link
                + branches + creditReports * 2L;             // credit report + its PDF
    }
}
