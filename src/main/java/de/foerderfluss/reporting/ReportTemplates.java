package de.foerderfluss.reporting;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRTemplate;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.xml.JRXmlTemplateLoader;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The JRXML templates of {@code reports/}, each compiled once on first use and then
 * shared: a compiled report is immutable and may be filled by many threads at once.
 */
@Component
class ReportTemplates {

	private static final String LOCATION = "reports/";

	private final ConcurrentMap<String, JasperReport> reports = new ConcurrentHashMap<>();

	private final ConcurrentMap<String, JRTemplate> styles = new ConcurrentHashMap<>();

	private final ConcurrentMap<String, byte[]> resources = new ConcurrentHashMap<>();

	JasperReport report(String name) {
		return this.reports.computeIfAbsent(name, ReportTemplates::compile);
	}

	/** The shared styles ({@code reports/styles.jrtx}), loaded once. */
	JRTemplate styles() {
		return this.styles.computeIfAbsent("styles", (name) -> {
			try (InputStream jrtx = open(name + ".jrtx")) {
				return JRXmlTemplateLoader.load(jrtx);
			}
			catch (IOException ex) {
				throw new IllegalStateException("Cannot read the report styles", ex);
			}
		});
	}

	/** A resource such as the logo, read once; callers must not change the bytes. */
	byte[] resource(String location) {
		return this.resources.computeIfAbsent(location, (name) -> {
			try (InputStream in = new ClassPathResource(name).getInputStream()) {
				return in.readAllBytes();
			}
			catch (IOException ex) {
				throw new IllegalStateException("Cannot read " + name, ex);
			}
		});
	}

	private static JasperReport compile(String name) {
		try (InputStream jrxml = open(name + ".jrxml")) {
			return JasperCompileManager.compileReport(jrxml);
		}
		catch (IOException | JRException ex) {
			throw new IllegalStateException("Report template " + name + " cannot be compiled", ex);
		}
	}

	private static InputStream open(String file) throws IOException {
		return new ClassPathResource(LOCATION + file).getInputStream();
	}

}
