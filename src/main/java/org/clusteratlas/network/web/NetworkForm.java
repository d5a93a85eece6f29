package org.clusteratlas.network.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.clusteratlas.network.BilingualDescription;
import org.clusteratlas.network.BilingualName;
import org.clusteratlas.network.NetworkCommand;
import org.clusteratlas.network.NetworkSummary;
import org.clusteratlas.shared.Slugs;

/** The network form of the office and the platform admin; flat fields so that it works without JavaScript. */
record NetworkForm(
        @NotBlank @Pattern(regexp = Slugs.PATTERN, message = "{validation.slug}")
        String slug,

        @Size(max = 200) String nameDe,
        @Size(max = 200) String nameEn,
        @Size(max = 10000) String descriptionDe,
        @Size(max = 10000) String descriptionEn,
        @Size(max = 120) String region,
        List<String> federations,
        Boolean editsRequireApproval,

        @Pattern(regexp = "|#[0-9a-fA-F]{6}", message = "{network.color.pattern}")
        String primaryColor,

        @Pattern(regexp = "|#[0-9a-fA-F]{6}", message = "{network.color.pattern}")
        String accentColor) {

    NetworkForm {
        federations = federations == null ? List.of() : List.copyOf(federations);
        // An unticked checkbox sends nothing; that means "no".
        editsRequireApproval = Boolean.TRUE.equals(editsRequireApproval);
        // A form always speaks for the colors: an empty field means "the platform's colors".
        primaryColor = primaryColor == null ? "" : primaryColor.strip();
        accentColor = accentColor == null ? "" : accentColor.strip();
    }

    static NetworkForm empty() {
        return new NetworkForm("", "", "", "", "", "", List.of(), false, "", "");
    }

    static NetworkForm of(NetworkSummary network) {
        return new NetworkForm(
                network.slug(),
                network.name().de(),
                network.name().en(),
                network.description().de(),
                network.description().en(),
                network.region(),
                network.federations(),
                network.editsRequireApproval(),
                network.primaryColor(),
                network.accentColor());
    }

    boolean isNamed() {
        return (nameDe != null && !nameDe.isBlank()) || (nameEn != null && !nameEn.isBlank());
    }

    NetworkCommand toCommand() {
        return new NetworkCommand(
                slug,
                new BilingualName(nameDe, nameEn),
                new BilingualDescription(descriptionDe, descriptionEn),
                region,
                federations,
                editsRequireApproval,
                primaryColor,
                accentColor);
    }
}
