package de.foerderfluss.reporting;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.classic.ClassicImage;
import net.sf.jasperreports.pdf.common.PdfImage;

/**
 * The JasperReports PDF exporter, except that the transparent pixel it places behind
 * every image is decoded once rather than for every document: printing statements by the
 * hundred, reading and decoding that PNG took a tenth of the time. Each document gets its
 * own copy, because the exporter scales it in place; the copy shares the decoded pixel
 * data.
 */
class PdfExporter extends JRPdfExporter {

	private static final Image PIXEL = pixel();

	@Override
	protected PdfImage getPxImage() {
		if (this.pxImage == null) {
			this.pxImage = new ClassicImage(Image.getInstance(PIXEL));
		}
		return this.pxImage;
	}

	private static Image pixel() {
		try (InputStream in = JRPdfExporter.class.getClassLoader()
			.getResourceAsStream("net/sf/jasperreports/engine/images/white-transparent-pixel.png")) {
			if (in == null) {
				throw new IllegalStateException("JasperReports lacks its transparent pixel image");
			}
			return Image.getInstance(in.readAllBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (BadElementException ex) {
			throw new IllegalStateException("JasperReports' transparent pixel image cannot be read", ex);
		}
	}

}
