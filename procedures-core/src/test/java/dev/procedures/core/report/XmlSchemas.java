package dev.procedures.core.report;

import org.xml.sax.SAXException;

import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.util.Objects;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

/** Validates XML text against an XSD of the test resources, with the JDK's validator. */
final class XmlSchemas {

    private XmlSchemas() {
    }

    /**
     * @param xml         the document
     * @param xsdResource resource name beside this class, for example {@code junit.xsd}
     * @throws SAXException if the document is not well-formed or not valid
     */
    static void validate(String xml, String xsdResource) throws SAXException, IOException {
        URL xsd = Objects.requireNonNull(XmlSchemas.class.getResource(xsdResource), xsdResource);
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        Schema schema = factory.newSchema(xsd);
        schema.newValidator().validate(new StreamSource(new StringReader(xml)));
    }
}
