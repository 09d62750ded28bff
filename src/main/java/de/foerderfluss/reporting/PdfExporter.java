package de.foerderfluss.reporting;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRRuntimeException;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.common.PdfImage;

/**
 * The JasperReports PDF exporter, except that the transparent pixel it places behind
 * every image is read from its jar once rather than for every document: printing
 * statements by the hundred, that lookup alone took a twelfth of the time.
 */
class PdfExporter extends JRPdfExporter {

	private static final byte[] PIXEL = pixel();

	@Override
	protected PdfImage getPxImage() {
		if (this.pxImage == null) {
			try {
				this.pxImage = this.pdfProducer.createImage(PIXEL, false);
			}
			catch (IOException | JRException ex) {
				throw new JRRuntimeException(ex);
			}
		}
		return this.pxImage;
	}

	private static byte[] pixel() {
		try (InputStream in = JRPdfExporter.class.getClassLoader()
			.getResourceAsStream("net/sf/jasperreports/engine/images/white-transparent-pixel.png")) {
			if (in == null) {
				throw new IllegalStateException("JasperReports lacks its transparent pixel image");
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
