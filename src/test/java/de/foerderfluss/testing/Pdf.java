package de.foerderfluss.testing;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * A PDF read back with PDFBox: its text, its fonts, its PDF/A marks, and pictures of its
 * pages under {@code target/documents/} for looking at.
 */
public final class Pdf {

	private static final Path PICTURES = Path.of("target", "documents");

	private final byte[] content;

	private Pdf(byte[] content) {
		this.content = content.clone();
	}

	public static Pdf of(byte[] content) {
		return new Pdf(content);
	}

	public String text() {
		try (PDDocument document = Loader.loadPDF(this.content)) {
			return new PDFTextStripper().getText(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The text with every run of white space, line breaks included, as one blank. */
	public String flatText() {
		return text().replaceAll("\\s+", " ");
	}

	public int pages() {
		try (PDDocument document = Loader.loadPDF(this.content)) {
			return document.getNumberOfPages();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The names of fonts used anywhere in the document that are not embedded. */
	public List<String> fontsNotEmbedded() {
		List<String> missing = new ArrayList<>();
		try (PDDocument document = Loader.loadPDF(this.content)) {
			for (PDPage page : document.getPages()) {
				collectNotEmbedded(page.getResources(), missing);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return missing;
	}

	public List<String> fonts() {
		List<String> names = new ArrayList<>();
		try (PDDocument document = Loader.loadPDF(this.content)) {
			for (PDPage page : document.getPages()) {
				for (COSName name : page.getResources().getFontNames()) {
					names.add(page.getResources().getFont(name).getName());
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return names;
	}

	/** The XMP metadata, where PDF/A declares its part and conformance. */
	public String xmpMetadata() {
		try (PDDocument document = Loader.loadPDF(this.content)) {
			var metadata = document.getDocumentCatalog().getMetadata();
			return (metadata != null) ? new String(metadata.toByteArray(), java.nio.charset.StandardCharsets.UTF_8)
					: "";
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The failed PDF/A rules as veraPDF reports them; empty when the document conforms to
	 * PDF/A-1b.
	 */
	public List<String> pdfaViolations() {
		VeraGreenfieldFoundryProvider.initialise();
		try (PDFAParser parser = Foundries.defaultInstance()
			.createParser(new java.io.ByteArrayInputStream(this.content), PDFAFlavour.PDFA_1_B)) {
			PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_1_B, false);
			ValidationResult result = validator.validate(parser);
			return result.getTestAssertions()
				.stream()
				.filter((assertion) -> assertion.getStatus() != TestAssertion.Status.PASSED)
				.map((assertion) -> assertion.getRuleId().getClause() + ": " + assertion.getMessage())
				.distinct()
				.toList();
		}
		catch (Exception ex) {
			throw new IllegalStateException("veraPDF could not validate the document", ex);
		}
	}

	public boolean hasOutputIntent() {
		try (PDDocument document = Loader.loadPDF(this.content)) {
			return !document.getDocumentCatalog().getOutputIntents().isEmpty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Renders every page to {@code target/documents/<name>-<page>.png}. */
	public List<Path> picture(String name) {
		List<Path> files = new ArrayList<>();
		try (PDDocument document = Loader.loadPDF(this.content)) {
			Files.createDirectories(PICTURES);
			PDFRenderer renderer = new PDFRenderer(document);
			for (int page = 0; page < document.getNumberOfPages(); page++) {
				BufferedImage image = renderer.renderImageWithDPI(page, 100);
				Path file = PICTURES.resolve(name + "-" + (page + 1) + ".png");
				ImageIO.write(image, "png", file.toFile());
				files.add(file);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return files;
	}

	private static void collectNotEmbedded(PDResources resources, List<String> missing) throws IOException {
		if (resources == null) {
			return;
		}
		for (COSName name : resources.getFontNames()) {
			PDFont font = resources.getFont(name);
			if (!font.isEmbedded()) {
				missing.add(font.getName());
			}
		}
		for (COSName name : resources.getXObjectNames()) {
			if (resources.getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form) {
				collectNotEmbedded(form.getResources(), missing);
			}
		}
	}

}
