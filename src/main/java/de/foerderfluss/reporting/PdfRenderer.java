package de.foerderfluss.reporting;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

import de.foerderfluss.shared.GermanDates;
import de.foerderfluss.shared.Languages;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.pdf.type.PdfaConformanceEnum;
import org.springframework.stereotype.Component;

/**
 * Fills a compiled template with German locale and the shared styles and exports it to
 * PDF; notices as PDF/A-1b so they can be archived as sent.
 */
@Component
class PdfRenderer {

	private final ReportTemplates templates;

	private volatile Path iccProfile;

	PdfRenderer(ReportTemplates templates) {
		this.templates = templates;
	}

	byte[] render(Layout layout, Map<String, Object> parameters, Collection<Map<String, ?>> rows) {
		Map<String, Object> values = new HashMap<>(parameters);
		values.put(JRParameter.REPORT_LOCALE, Languages.OFFICIAL);
		values.put(JRParameter.REPORT_TIME_ZONE, TimeZone.getTimeZone(GermanDates.ZONE));
		values.put(JRParameter.REPORT_TEMPLATES, List.of(this.templates.styles()));
		try {
			JasperPrint print = JasperFillManager.fillReport(this.templates.report(layout.template()), values,
					new JRMapCollectionDataSource(rows));
			ByteArrayOutputStream pdf = new ByteArrayOutputStream(32 * 1024);
			PdfExporter exporter = new PdfExporter();
			exporter.setExporterInput(new SimpleExporterInput(print));
			exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(pdf));
			exporter.setConfiguration(configuration(layout, values));
			exporter.exportReport();
			return pdf.toByteArray();
		}
		catch (JRException ex) {
			throw new IllegalStateException("Cannot render " + layout.template(), ex);
		}
	}

	private SimplePdfExporterConfiguration configuration(Layout layout, Map<String, Object> values) {
		SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
		configuration.setMetadataTitle(layout.title(values));
		configuration.setMetadataAuthor(String.valueOf(values.getOrDefault(Letterhead.AUTHORITY, "")));
		configuration.setMetadataCreator("Förderfluss");
		configuration.setDisplayMetadataTitle(true);
		if (layout.archival()) {
			// PDF/A-1b: tagged PDF (level a) needs a tagger JasperReports does not ship
			// with OpenPDF.
			configuration.setPdfaConformance(PdfaConformanceEnum.PDFA_1B);
			configuration.setIccProfilePath(iccProfile().toString());
		}
		return configuration;
	}

	/**
	 * PDF/A needs an output intent; the sRGB profile of the JDK serves, written out once.
	 */
	private Path iccProfile() {
		Path profile = this.iccProfile;
		if (profile == null) {
			synchronized (this) {
				if (this.iccProfile == null) {
					try {
						Path file = Files.createTempFile("foerderfluss-srgb", ".icc");
						Files.write(file, ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
						file.toFile().deleteOnExit();
						this.iccProfile = file;
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
				}
				profile = this.iccProfile;
			}
		}
		return profile;
	}

}
