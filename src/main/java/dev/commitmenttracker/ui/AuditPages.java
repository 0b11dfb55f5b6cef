package dev.commitmenttracker.ui;

import dev.commitmenttracker.audit.ChainVerifier;
import dev.commitmenttracker.audit.Verification;
import dev.commitmenttracker.security.CurrentUser;
import dev.commitmenttracker.security.TrackerRole;
import dev.commitmenttracker.shared.RuleViolation;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * {@code /audit}: verify the hash chain of the whole store or of one commitment, see the digest and its position,
 * download it to keep outside the database, and later check a kept digest against the store. For the roles the API
 * lets read {@code /api/audit}: auditors, inspectors and national leads. Verifying changes nothing, so the forms GET.
 */
@Controller
class AuditPages {

    private final ChainVerifier verifier;
    private final CurrentUser user;

    AuditPages(ChainVerifier verifier, CurrentUser user) {
        this.verifier = verifier;
        this.user = user;
    }

    @GetMapping("/audit")
    String audit(@RequestParam MultiValueMap<String, String> query, Model model, HttpServletResponse response) {
        requireAuditReader();
        FormProblems.none(model);
        model.addAttribute("nav", "audit");
        FormInput input = new FormInput(query);
        String check = input.text("check");
        if (check == null) {
            return "audit/audit";
        }
        try {
            Verification result = switch (check) {
                case "store" -> verifier.verifyStore(null, null);
                case "commitment" -> {
                    String commitment = input.text("commitment");
                    RuleViolation.requireValid(
                            commitment != null, "commitment", "required", "Enter the id of the commitment to verify.");
                    yield verifier.verifyAggregate(commitment);
                }
                case "digest" -> {
                    Long position = input.wholeNumber("position");
                    String digest = input.text("digest");
                    RuleViolation.requireValid(
                            position != null, "position", "required", "Enter the position the kept digest is for.");
                    RuleViolation.requireValid(digest != null, "digest", "required", "Enter the kept digest.");
                    yield verifier.verifyStore(position, digest);
                }
                default -> throw RuleViolation.invalid("validation.unknown-value", "check", "Choose what to verify.");
            };
            model.addAttribute("check", check);
            model.addAttribute("result", result);
        } catch (RuleViolation refused) {
            if (refused.kind() == RuleViolation.Kind.FORBIDDEN) {
                throw refused;
            }
            FormProblems.show(model, check, refused, input);
            response.setStatus(
                    refused.kind() == RuleViolation.Kind.NOT_FOUND
                            ? HttpServletResponse.SC_NOT_FOUND
                            : HttpServletResponse.SC_BAD_REQUEST);
        }
        return "audit/audit";
    }

    /** The digest of the whole store now, as a file to keep outside the database. */
    @GetMapping("/audit/digest.json")
    @ResponseBody
    ResponseEntity<Verification> digest() {
        requireAuditReader();
        Verification digest = verifier.digest();
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("tracker-digest-" + digest.position() + ".json")
                                .build()
                                .toString())
                .body(digest);
    }

    private void requireAuditReader() {
        if (!(user.has(TrackerRole.AUDITOR)
                || user.has(TrackerRole.INSPECTOR)
                || user.has(TrackerRole.NATIONAL_LEAD))) {
            throw RuleViolation.forbidden(
                    "auth.forbidden", "Only auditors, inspectors and national leads verify the store.");
        }
    }
}
