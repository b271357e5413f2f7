package vn.cchc.portal.shared.ui;

import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import vn.cchc.portal.shared.Signer;

/**
 * The signature block as one field of a buffered Binder ({@code binder.forField(signer).bind(Form::getSigner,
 * Form::setSigner)}): authority, title (several lines) and name. The inner fields get the ids
 * {@code <prefix>-authority}, {@code -title} and {@code -name}.
 */
public class SignerFields extends CustomField<Signer> {

    private final TextField authority = new TextField();
    private final TextArea title = new TextArea();
    private final TextField name = new TextField();

    public SignerFields(String idPrefix) {
        authority.setLabel(getTranslation("signer.authority"));
        authority.setPlaceholder(getTranslation("signer.authority.example"));
        authority.setMaxLength(Signer.MAX);
        authority.setId(idPrefix + "-authority");
        title.setLabel(getTranslation("signer.title"));
        title.setPlaceholder(getTranslation("signer.title.example"));
        title.setMaxLength(Signer.MAX);
        title.setId(idPrefix + "-title");
        name.setLabel(getTranslation("signer.name"));
        name.setMaxLength(Signer.MAX);
        name.setId(idPrefix + "-name");
        setLabel(getTranslation("signer.label"));
        FormLayout layout = new FormLayout(authority, title, name);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 3));
        add(layout);
    }

    @Override
    protected Signer generateModelValue() {
        return new Signer(authority.getValue(), title.getValue(), name.getValue());
    }

    @Override
    protected void setPresentationValue(Signer signer) {
        Signer value = Signer.orNone(signer);
        authority.setValue(value.authority() == null ? "" : value.authority());
        title.setValue(value.title() == null ? "" : value.title());
        name.setValue(value.name() == null ? "" : value.name());
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        super.setReadOnly(readOnly);
        authority.setReadOnly(readOnly);
        title.setReadOnly(readOnly);
        name.setReadOnly(readOnly);
    }
}
