package io.salescrm.org.auth.keys;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/** PEM text of RSA keys: PKCS#8 "PRIVATE KEY" and X.509 SubjectPublicKeyInfo "PUBLIC KEY" (the JDK's encodings). */
final class Pem {

    private static final String PRIVATE = "PRIVATE KEY";
    private static final String PUBLIC = "PUBLIC KEY";

    private Pem() {
    }

    static String privateKey(RSAPrivateKey key) {
        return encode(PRIVATE, key.getEncoded());
    }

    static String publicKey(RSAPublicKey key) {
        return encode(PUBLIC, key.getEncoded());
    }

    static RSAPrivateKey readPrivateKey(String pem) {
        try {
            return (RSAPrivateKey) KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(decode(PRIVATE, pem)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("unreadable private key", e);
        }
    }

    static RSAPublicKey readPublicKey(String pem) {
        try {
            return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(decode(PUBLIC, pem)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("unreadable public key", e);
        }
    }

    private static String encode(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    private static byte[] decode(String type, String pem) {
        String begin = "-----BEGIN " + type + "-----";
        String end = "-----END " + type + "-----";
        int from = pem.indexOf(begin);
        int to = pem.indexOf(end);
        if (from < 0 || to < from) {
            throw new IllegalStateException("not a PEM " + type);
        }
        return Base64.getMimeDecoder().decode(pem.substring(from + begin.length(), to));
    }
}
