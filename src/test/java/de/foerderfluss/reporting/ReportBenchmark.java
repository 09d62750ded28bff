package de.foerderfluss.reporting;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Prints how fast documents render: payout statements per second (one thread and all
 * cores), and the time and peak heap for one payout list of 1,000 payouts. Run it with
 * the command in the README, which starts it in a JVM of at most 512 MB heap. Targets: at
 * least 200 statements per second; the list of 1,000 payouts within 10 seconds.
 */
public final class ReportBenchmark {

	private static final int WARM_UP = 100;

	private static final int STATEMENTS = 2000;

	private static final int LIST_SIZE = 1000;

	private ReportBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		PayoutDocuments documents = documents();
		System.out.printf("Förderfluss report benchmark (Java %s, %d cores, max heap %d MB)%n",
				System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
				Runtime.getRuntime().maxMemory() / (1024 * 1024));

		long start = System.nanoTime();
		documents.statement(statement(0));
		System.out.printf("first statement (compiles the templates):   %6d ms%n", millis(start));
		for (int i = 1; i <= WARM_UP; i++) {
			documents.statement(statement(i));
		}

		start = System.nanoTime();
		long bytes = 0;
		for (int i = 0; i < STATEMENTS; i++) {
			bytes += documents.statement(statement(i)).content().length;
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		System.out.printf("statements, 1 thread:                  %8.0f per second (%d in %.2f s, %d KB each)%n",
				STATEMENTS / seconds, STATEMENTS, seconds, bytes / STATEMENTS / 1024);

		int threads = Runtime.getRuntime().availableProcessors();
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		AtomicLong rendered = new AtomicLong();
		start = System.nanoTime();
		List<Future<?>> futures = new ArrayList<>();
		for (int i = 0; i < STATEMENTS; i++) {
			int number = i;
			futures.add(pool.submit(() -> rendered.addAndGet(documents.statement(statement(number)).content().length)));
		}
		for (Future<?> future : futures) {
			future.get();
		}
		seconds = (System.nanoTime() - start) / 1e9;
		pool.shutdown();
		System.out.printf("statements, %d threads:                 %8.0f per second%n", threads, STATEMENTS / seconds);

		List<PayoutListLine> lines = new ArrayList<>();
		for (long i = 1; i <= LIST_SIZE; i++) {
			lines.add(new PayoutListLine(i, "15.05.2026", "KA-2026-" + String.format("%04d", i % 400),
					"Willkommenskreis Nummer " + i + " e.V.", "DE62 4145 0075 0001 2345 67", "KA 2026 Baustein B",
					new BigDecimal(i).add(new BigDecimal("0.99"))));
		}
		System.gc();
		ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
		long heapBefore = heapPeak();
		start = System.nanoTime();
		PdfDocument list = documents.list("01.01.2026 bis 31.12.2026", lines);
		System.out.printf("payout list of %d payouts:             %6d ms, %d KB, peak heap %d MB (before: %d MB)%n",
				LIST_SIZE, millis(start), list.content().length / 1024, heapPeak() / (1024 * 1024),
				heapBefore / (1024 * 1024));
	}

	private static PayoutDocuments documents() {
		LetterheadProperties authority = new LetterheadProperties("Kreis Soest", "Der Landrat",
				"Kommunales Integrationszentrum", "Hoher Weg 1–3", "59494", "Soest", "02921 30-0",
				"integration@kreis-soest.example", "www.kreis-soest.de", "reports/logo-ki.jpg", "Soest",
				"Dr. Sabine Vogt", Map.of(), "Verwaltungsgericht Arnsberg", "Kreiskasse Soest",
				new LetterheadProperties.BankAccount("Kreiskasse Soest", "DE95414500750005678901", "WELADED1SOS",
						"Sparkasse SoestWerl"));
		ReportTemplates templates = new ReportTemplates();
		return new PayoutDocuments(new Letterhead(authority, templates, Clock.system(ZoneId.of("Europe/Berlin"))),
				new PdfRenderer(templates));
	}

	private static StatementData statement(int number) {
		return new StatementData((long) number, "Willkommenskreis Lippstadt e.V.",
				"Willkommenskreis Lippstadt e.V.\nz. Hd. Petra Hoffmann\nLange Straße 12\n59555 Lippstadt",
				"DE62 4145 0075 0001 2345 67", new BigDecimal(100 + number).add(new BigDecimal("0.50")),
				"KOMM-AN NRW, Programmteil II · Förderjahr 2026 · Baustein B – Zusammenkünfte", "KA-2026-0001",
				"Sprachcafé am Bahnhof", "KA-2026-0001 Mittelabruf " + number,
				"Nr. " + number + " vom 02.03.2026, benötigt zum 15.03.2026", new BigDecimal("4800.00"),
				new BigDecimal("2400.00"), "Jana Schulte", "02.03.2026, 10:15 Uhr", "Thomas Wagner",
				"02.03.2026, 11:40 Uhr", 1, "02.03.2026, 11:41 Uhr");
	}

	private static long heapPeak() {
		return ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter((pool) -> pool.getType() == MemoryType.HEAP)
			.mapToLong((pool) -> pool.getPeakUsage().getUsed())
			.sum();
	}

	private static long millis(long start) {
		return (System.nanoTime() - start) / 1_000_000;
	}

}
