package com.partnershiptracker.agreement;

import com.partnershiptracker.shared.Bilingual;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One field an agreement covers, such as "MyData" or "joint marketing". */
@Embeddable
public class CooperationArea {

    @Column(name = "label_ko", length = 200)
    private String labelKo;

    @Column(name = "label_en", length = 200)
    private String labelEn;

    protected CooperationArea() {
    }

    public CooperationArea(Bilingual label) {
        if (label.isEmpty()) {
            throw new IllegalArgumentException("A cooperation area needs a label in at least one language");
        }
        this.labelKo = label.ko();
        this.labelEn = label.en();
    }

    public Bilingual getLabel() {
        return Bilingual.of(labelKo, labelEn);
    }
}
