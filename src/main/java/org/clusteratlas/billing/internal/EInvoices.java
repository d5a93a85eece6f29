package org.clusteratlas.billing.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import org.clusteratlas.billing.InvoiceKind;
import org.mustangproject.BankDetails;
import org.mustangproject.Contact;
import org.mustangproject.Item;
import org.mustangproject.Product;
import org.mustangproject.TradeParty;
import org.mustangproject.ZUGFeRD.IZUGFeRDExporter;
import org.mustangproject.ZUGFeRD.Profiles;
import org.mustangproject.ZUGFeRD.ZUGFeRD2PullProvider;
import org.mustangproject.ZUGFeRD.ZUGFeRDExporterFromPDFA;
import org.mustangproject.ZUGFeRD.ZUGFeRDVisualizer;
import org.springframework.stereotype.Component;

/**
 * German e-invoices of an issued invoice, written with Mustang: the XRechnung (UN/CEFACT CII, XRechnung 3 profile)
 * that public and business recipients process, and the human-readable Factur-X/ZUGFeRD PDF/A-3 (EN16931 profile)
 * that carries the same data as embedded XML.
 *
 * <p>VAT: at 0 % the fee is a genuine membership fee, not subject to VAT (category "O", with the reason stated, and
 * without a VAT ID of the seller as EN16931 requires); otherwise standard rated ("S").
 */
@Component
public class EInvoices {

    /** The XRechnung XML (CII). */
    public byte[] xrechnung(Invoice invoice) {
        return xml(invoice, "XRECHNUNG");
    }

    /** The Factur-X/ZUGFeRD PDF/A-3 with the EN16931 XML embedded, its pages rendered from that XML. */
    public byte[] pdf(Invoice invoice) {
        byte[] xml = xml(invoice, "EN16931");
        ZUGFeRDVisualizer.Language language =
                "en".equals(invoice.language) ? ZUGFeRDVisualizer.Language.EN : ZUGFeRDVisualizer.Language.DE;
        // Renders the XML's content (not a file name) through Apache FOP into a PDF/A.
        byte[] visual = new ZUGFeRDVisualizer().toPDF(new String(xml, StandardCharsets.UTF_8), language);
        if (visual == null || visual.length == 0) {
            throw new IllegalStateException("Mustang could not render invoice " + invoice.number);
        }
        try (IZUGFeRDExporter exporter = new ZUGFeRDExporterFromPDFA()
                .load(visual)
                .setProducer("ClusterAtlas")
                .setCreator("ClusterAtlas")
                .setProfile(Profiles.getByName("EN16931"))) {
            exporter.setXML(xml);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            exporter.export(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] xml(Invoice invoice, String profile) {
        org.mustangproject.Invoice document = document(invoice);
        ZUGFeRD2PullProvider provider = new ZUGFeRD2PullProvider();
        provider.setProfile(Profiles.getByName(profile));
        provider.generateXML(document);
        return provider.getXML();
    }

    private org.mustangproject.Invoice document(Invoice invoice) {
        boolean notTaxable = invoice.vatRate.signum() == 0;
        TradeParty seller = new TradeParty(
                        invoice.sellerName,
                        invoice.sellerStreet,
                        invoice.sellerPostalCode,
                        invoice.sellerCity,
                        invoice.sellerCountry)
                .setEmail(invoice.sellerEmail)
                .setContact(new Contact(invoice.sellerContactName, invoice.sellerContactPhone, invoice.sellerEmail))
                .addBankDetails(new BankDetails(invoice.sellerIban, invoice.sellerBic));
        // BT-29, so that the buyer can identify the seller (BR-CO-26): the SEPA creditor identifier or the tax number.
        seller.setID(
                invoice.sellerCreditorId != null
                        ? invoice.sellerCreditorId
                        : invoice.sellerTaxNumber != null ? invoice.sellerTaxNumber : invoice.sellerVatId);
        if (invoice.sellerTaxNumber != null) {
            seller.setTaxID(invoice.sellerTaxNumber);
        }
        if (invoice.sellerVatId != null && !notTaxable) {
            seller.setVATID(invoice.sellerVatId);
        }
        TradeParty buyer = new TradeParty(
                invoice.buyerName,
                invoice.buyerStreet == null ? "" : invoice.buyerStreet,
                invoice.buyerPostalCode == null ? "" : invoice.buyerPostalCode,
                invoice.buyerCity == null ? "" : invoice.buyerCity,
                invoice.buyerCountry);
        if (invoice.buyerEmail != null) {
            buyer.setEmail(invoice.buyerEmail);
        } else {
            // XRechnung wants an electronic address of the buyer; without one the invoices go to the office.
            buyer.setEmail(invoice.sellerEmail);
        }
        org.mustangproject.Invoice document = new org.mustangproject.Invoice()
                .setNumber(invoice.number)
                .setIssueDate(date(invoice.issueDate))
                .setDueDate(date(invoice.dueDate))
                .setDeliveryDate(date(invoice.periodStart))
                .setDetailedDeliveryPeriod(date(invoice.periodStart), date(invoice.periodEnd))
                .setCurrency(invoice.currency)
                .setSender(seller)
                .setRecipient(buyer)
                .setReferenceNumber(invoice.buyerReference)
                .setPaymentTermDescription(
                        ("en".equals(invoice.language) ? "Payable by " : "Zahlbar bis ") + invoice.dueDate);
        if (invoice.kind == InvoiceKind.CANCELLATION) {
            document.setCreditNote();
        }
        for (InvoiceLine line : invoice.lines) {
            BigDecimal price = invoice.kind == InvoiceKind.CANCELLATION ? line.unitPrice.negate() : line.unitPrice;
            Product product = new Product(line.description, "", "C62", invoice.vatRate);
            if (notTaxable) {
                product.setTaxCategoryCode("O")
                        .setTaxExemptionReason(
                                "en".equals(invoice.language)
                                        ? "Genuine membership fee, not subject to VAT"
                                        : "Echter Mitgliedsbeitrag, nicht umsatzsteuerbar");
            }
            document.addItem(new Item(product, price, line.quantity));
        }
        return document;
    }

    private static Date date(LocalDate day) {
        // Noon UTC: the same calendar day in every time zone Mustang might format it in.
        return Date.from(day.atTime(12, 0).toInstant(ZoneOffset.UTC));
    }
}
