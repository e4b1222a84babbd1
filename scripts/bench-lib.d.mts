export declare function assetsInHtml(html: string): string[];
export declare function staticImports(code: string, fromFile: string): string[];
export declare function firstLoadFiles(html: string, readText: (file: string) => string): string[];
export declare function precacheUrls(swCode: string): string[];
export declare function median(values: number[]): number;
export declare function kib(bytes: number): string;
