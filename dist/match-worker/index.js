import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 4353:
/***/ (function(module) {

/*
 * Copyright 2024 the original author or authors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
!function(e,t){ true?module.exports=t():0}(this,(()=>(()=>{"use strict";var e={154:(e,t)=>{Object.defineProperty(t,"__esModule",{value:!0}),t.CvssVector=void 0;class o{constructor(e,t,o){this.vector=e,this.normalize=t,this.scores=o}isUpToDate(e,t){return this.vector===e&&this.normalize===t}getScores(){return this.scores}}t.CvssVector=class{constructor(e){this.vectorChangedListeners=[],this.components=new Map,this.clearComponents(),e&&this.applyVector(e)}calculateScores(e=!1){const t=this.toString(!0);if(this.cachedScores&&this.cachedScores.isUpToDate(t,e))return this.cachedScores.getScores();const a=this.calculateScoresInternal(e);return this.cachedScores=new o(t,e,a),a}fillBaseMetrics(){for(const[e,t]of this.getRegisteredComponents())if("base"===e.name){for(const e of t){const t=e.values[1];t&&this.applyComponent(e,t)}return}throw new Error("No base category found")}getComponents(){return this.components}clearComponents(){this.getRegisteredComponents().forEach(((e,t)=>{e.forEach((e=>this.components.set(e,e.values[0])))}))}clearSpecifiedComponents(e){e.forEach((e=>this.components.set(e,e.values[0])))}addVectorChangedListener(e){this.vectorChangedListeners.push(e)}normalizeVector(e){return e.replace(/\(/g,"").replace(/\)/g,"").replace(/CVSS:\d+\.?\d?/g,"").replace(/\s/g,"").replace(/\\/g,"").replace(/^\//g,"").replace(/\/$/g,"").trim()}findComponent(e){for(const t of this.getRegisteredComponents().values()){const o=t.find((t=>t.name===e||t.shortName===e));if(o)return o}return Array.from(this.components.keys()).find((t=>t.name===e||t.shortName===e))}applyVector(e){this.applyVectorCount(e)}applyVectorCount(e){const t=this.normalizeVector(e).split("/");let o=0;return t.forEach((e=>{if(0===e.length)return;const[t,a]=e.split(":");0!==t.length&&0!==a.length?this.applyComponentString(t,a,!1)&&o++:console.warn("Invalid component/value pair",e)})),this.vectorChangedListeners.forEach((e=>e(this))),o}applyComponentString(e,t,o=!0){const a=this.findComponent(e);if(a){const i=a.values.find((e=>e.name===t||e.shortName===t));if(i)return this.components.get(a)!==i&&(this.applyComponent(a,i),o&&this.vectorChangedListeners.forEach((e=>e(this))),!0);throw new Error(`Unknown component value ${t} for component ${e}`)}throw new Error(`Unknown component ${e} when setting value ${t}`)}applyComponentStringSilent(e,t,o=!0){try{return this.applyComponentString(e,t,o)}catch(e){return!1}}applyComponent(e,t,o=!0){this.components.set(e,t),o&&this.vectorChangedListeners.forEach((e=>e(this)))}applyVectorPartsIf(e,t,o){if(!e)return 0;const a=this.normalizeVector(e);if(0===a.length)return 0;const i=a.split("/");let s=0;for(const e of i){if(!e)continue;const a=e.split(":",2),i=this.clone(),n=t(i);if(2===a.length){i.applyComponentStringSilent(a[0],a[1]);const e=t(i);o?e<=n&&(s+=this.applyComponentStringSilent(a[0],a[1])?1:0):e>=n&&(s+=this.applyComponentStringSilent(a[0],a[1])?1:0)}else console.warn("Unknown vector argument:",e)}return s}applyVectorPartsIfLower(e,t){return this.applyVectorPartsIf(e,t,!0)}applyVectorPartsIfHigher(e,t){return this.applyVectorPartsIf(e,t,!1)}applyVectorPartsIfLowerVector(e,t){return this.applyVectorPartsIf(e.toStringDefinedParts(),t,!0)}applyVectorPartsIfHigherVector(e,t){return this.applyVectorPartsIf(e.toStringDefinedParts(),t,!1)}getComponent(e){const t=this.components.get(e);if(!t)throw new Error(`Unknown component: ${e.name}`);return t}getComponentByString(e){const t=this.findComponent(e);if(!t)throw new Error(`Unknown component: ${e}`);const o=this.components.get(t);if(!o)throw new Error(`Unknown component: ${e}`);return o}getComponentByStringOpt(e){try{return this.getComponentByString(e)}catch(e){return null}}size(){return Array.from(this.components.values()).filter(this.isComponentValueDefined).length}getFirstDefinedComponent(e){return e.map((e=>this.components.get(e))).find(this.isComponentValueDefined)}toString(e=!1,t=this.getRegisteredComponents(),o=!1){let a="";for(const[i,s]of t)if(e||this.isCategoryPartiallyDefined(i))for(const e of s){const t=this.components.get(e);if(t){if(o&&!this.isComponentValueDefined(t))continue;a+=`${e.shortName}:${t.shortName}/`}}return this.getVectorPrefix()+a.slice(0,-1)}toStringDefinedParts(){return this.toString(!1,this.getRegisteredComponents(),!0)}isCategoryFullyDefined(e){const t=this.getRegisteredComponents().get(e);return!!t&&t.every((e=>void 0!==this.components.get(e)&&"ND"!==this.components.get(e).shortName&&"X"!==this.components.get(e).shortName))}isCategoryPartiallyDefined(e){const t=this.getRegisteredComponents().get(e);return!!t&&t.some((e=>void 0!==this.components.get(e)&&"ND"!==this.components.get(e).shortName&&"X"!==this.components.get(e).shortName))}round(e,t){let o=Math.pow(10,t);return Math.round(e*o)/o}roundUp(e){let t=Math.round(1e5*e);return t%1e4==0?t/1e5:(Math.floor(t/1e4)+1)/10}normalizeScore(e,t){return 10===t?e:this.round(this.mapRange(e,0,t,0,10),1)}mapRange(e,t,o,a,i){return(e-t)/(o-t)*(i-a)+a}pickRandomDefinedComponentValue(e){for(let t=0;t<999999;t++){const t=e.values[Math.floor(Math.random()*e.values.length)];if("X"!==t.shortName&&"ND"!==t.shortName&&!t.hide)return t}}clone(){const e=new this.constructor;return e.components=new Map(this.components),e}diffVector(e){const t=new this.constructor;for(const[o,a]of this.getRegisteredComponents())for(const o of a){const a=this.components.get(o),i=e.components.get(o),s=this.isComponentValueDefined(a),n=this.isComponentValueDefined(i);s&&n&&a.shortName!==i.shortName||!s&&n?t.applyComponent(o,i):s&&!n&&t.applyComponent(o,a)}return t}applyEnvironmentalMetricsOntoBase(){for(const[e,t]of this.getRegisteredComponents())for(const e of t){const t=this.components.get(e);t&&e.baseMetricEquivalent&&this.isComponentValueDefined(t)&&(e.baseMetricEquivalentMapper?this.applyComponentString(e.baseMetricEquivalent.shortName,e.baseMetricEquivalentMapper(t).shortName,!1):this.applyComponentString(e.baseMetricEquivalent.shortName,t.shortName,!1),this.applyComponent(e,e.values[0],!1))}this.vectorChangedListeners.forEach((e=>e(this)))}isComponentValueDefined(e){return void 0!==e&&"ND"!==e.shortName&&"X"!==e.shortName}static _reorderAttributeSeverityOrder(e){const t=[];return e.forEach(((e,o)=>{t.push([e])})),t}}},156:function(e,t,o){var a=this&&this.__createBinding||(Object.create?function(e,t,o,a){void 0===a&&(a=o);var i=Object.getOwnPropertyDescriptor(t,o);i&&!("get"in i?!t.__esModule:i.writable||i.configurable)||(i={enumerable:!0,get:function(){return t[o]}}),Object.defineProperty(e,a,i)}:function(e,t,o,a){void 0===a&&(a=o),e[a]=t[o]}),i=this&&this.__exportStar||function(e,t){for(var o in e)"default"===o||Object.prototype.hasOwnProperty.call(t,o)||a(t,e,o)};Object.defineProperty(t,"__esModule",{value:!0}),t.Cvss4P0=t.Cvss3P0=t.Cvss3P1=t.Cvss2=t.CvssVector=void 0;var s=o(154);Object.defineProperty(t,"CvssVector",{enumerable:!0,get:function(){return s.CvssVector}}),i(o(564),t);var n=o(475);Object.defineProperty(t,"Cvss2",{enumerable:!0,get:function(){return n.Cvss2}});var r=o(371);Object.defineProperty(t,"Cvss3P1",{enumerable:!0,get:function(){return r.Cvss3P1}});var c=o(623);Object.defineProperty(t,"Cvss3P0",{enumerable:!0,get:function(){return c.Cvss3P0}});var l=o(987);Object.defineProperty(t,"Cvss4P0",{enumerable:!0,get:function(){return l.Cvss4P0}})},331:(e,t)=>{var o;Object.defineProperty(t,"__esModule",{value:!0}),t.Cvss3P0Components=void 0;class a{}t.Cvss3P0Components=a,o=a,a.CONFIDENTIALITY_IMPACT_VALUES={X:{shortName:"X",value:0,name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Component is not defined."},N:{shortName:"N",value:0,name:"None",jsonSchemaName:"NONE",description:"There is no loss of confidentiality within the impacted component."},L:{shortName:"L",value:.22,name:"Low",jsonSchemaName:"LOW",description:"There is some loss of confidentiality. Access to some restricted information is obtained, but the attacker does not have control over what information is obtained, or the amount or kind of loss is limited. The information disclosure does not cause a direct, serious loss to the impacted component."},H:{shortName:"H",value:.56,name:"High",jsonSchemaName:"HIGH",description:"There is a total loss of confidentiality, resulting in all resources within the impacted component being divulged to the attacker. Alternatively, access to only some restricted information is obtained, but the disclosed information presents a direct, serious impact. For example, an attacker steals the administrator's password, or private encryption keys of a web server."}},a.CONFIDENTIALITY_IMPACT=[o.CONFIDENTIALITY_IMPACT_VALUES.X,o.CONFIDENTIALITY_IMPACT_VALUES.N,o.CONFIDENTIALITY_IMPACT_VALUES.L,o.CONFIDENTIALITY_IMPACT_VALUES.H],a.INTEGRITY_IMPACT_VALUES={X:{shortName:"X",value:0,name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Component is not defined."},N:{shortName:"N",value:0,name:"None",jsonSchemaName:"NONE",description:"There is no loss of integrity within the impacted component."},L:{shortName:"L",value:.22,name:"Low",jsonSchemaName:"LOW",description:"Modification of data is possible, but the attacker does not have control over the consequence of a modification, or the amount of modification is limited. The data modification does not have a direct, serious impact on the impacted component."},H:{shortName:"H",value:.56,name:"High",jsonSchemaName:"HIGH",description:"There is a total loss of integrity, or a complete loss of protection. For example, the attacker is able to modify any/all files protected by the impacted component. Alternatively, only some files can be modified, but malicious modification would present a direct, serious consequence to the impacted component."}},a.INTEGRITY_IMPACT=[o.INTEGRITY_IMPACT_VALUES.X,o.INTEGRITY_IMPACT_VALUES.N,o.INTEGRITY_IMPACT_VALUES.L,o.INTEGRITY_IMPACT_VALUES.H],a.AVAILABILITY_IMPACT_VALUES={X:{shortName:"X",value:0,name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Component is not defined."},N:{shortName:"N",value:0,name:"None",jsonSchemaName:"NONE",description:"There is no impact to availability within the impacted component."},L:{shortName:"L",value:.22,name:"Low",jsonSchemaName:"LOW",description:"Performance is reduced or there are interruptions in resource availability. Even if repeated exploitation of the vulnerability is possible, the attacker does not have the ability to completely deny service to legitimate users. The resources in the impacted component are either partially available all of the time, or fully available only some of the time, but overall there is no direct, serious consequence to the impacted component."},H:{shortName:"H",value:.56,name:"High",jsonSchemaName:"HIGH",description:"There is a total loss of availability, resulting in the attacker being able to fully deny access to resources in the impacted component; this loss is either sustained (while the attacker continues to deliver the attack) or persistent (the condition persists even after the attack has completed). Alternatively, the attacker has the ability to deny some availability, but the loss of availability presents a direct, serious consequence to the impacted component (e.g., the attacker cannot disrupt existing connections, but can prevent new connections; the attacker can repeatedly exploit a vulnerability that, in each instance of a successful attack, leaks a only small amount of memory, but after repeated exploitation causes a service to become completely unavailable)."}},a.AVAILABILITY_IMPACT=[o.AVAILABILITY_IMPACT_VALUES.X,o.AVAILABILITY_IMPACT_VALUES.N,o.AVAILABILITY_IMPACT_VALUES.L,o.AVAILABILITY_IMPACT_VALUES.H],a.CONFIDENTIALITY_REQUIREMENT_VALUES={X:{shortName:"X",value:1,name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Assigning this value indicates there is insufficient information to choose one of the other values, and has no impact on the overall Environmental Score, i.e., it has the same effect on scoring as assigning Medium."},L:{shortName:"L",value:.5,name:"Low",jsonSchemaName:"LOW",description:"Loss of Confidentiality is likely to have only a limited adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)."},M:{shortName:"M",value:1,name:"Medium",jsonSchemaName:"MEDIUM",description:"Loss of Confidentiality is likely to have a serious adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)."},H:{shortName:"H",value:1.5,name:"High",jsonSchemaName:"HIGH",description:"Loss of Confidentiality is likely to have a catastrophic adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)."}},a.CONFIDENTIALITY_REQUIREMENT=[o.CONFIDENTIALITY_REQUIREMENT_VALUES.X,o.CONFIDENTIALITY_REQUIREMENT_VALUES.L,o.CONFIDENTIALITY_REQUIREMENT_VALUES.M,o.CONFIDENTIALITY_REQUIREMENT_VALUES.H],a.INTEGRITY_REQUIREMENT_VALUES={X:{shortName:"X",value:1,name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Assigning this value indicates there is insufficient information to choose one of the other values, and has no impact on the overall Environmental Score, i.e., it has the same effect on scoring as assigning Medium."},L:{shortName:"L",value:.5,name:"Low",jsonSchemaName:"LOW",description:"Loss of Integrity is likely to have only a limited adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)."},M:{shortName:"M",value:1,name:"Medium",jsonSchemaName:"MEDIUM",description:"Loss of Integrity is likely to have a serious adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)."},H:{shortName:"H",value:1.5,name:"High",jsonSchemaName:"HIGH",description:"Loss of Integrity is likely to have a catastrophic adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)."}},a.INTEGRITY_REQUIREMENT=[o.INTEGRITY_REQUIREMENT_VALUES.X,o.INTEGRITY_REQUIREMENT_VALUES.L,o.INTEGRITY_REQUIREMENT_VALUES.M,o.INTEGRITY_REQUIREMENT_VALUES.H],a.AVAILABILITY_REQUIREMENT_VALUES={X:{shortName:"X",value:1,name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Assigning this value indicates there is insufficient information to choose one of the other values, and has no impact on the overall Environmental Score, i.e., it has the same effect on scoring as assigning Medium."},L:{shortName:"L",value:.5,name:"Low",jsonSchemaName:"LOW",description:"Loss of Availability is likely to have only a limited adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)."},M:{shortName:"M",value:1,name:"Medium",jsonSchemaName:"MEDIUM",description:"Loss of Availability is likely to have a serious adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)."},H:{shortName:"H",value:1.5,name:"High",jsonSchemaName:"HIGH",description:"Loss of Availability is likely to have a catastrophic adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)."}},a.AVAILABILITY_REQUIREMENT=[o.AVAILABILITY_REQUIREMENT_VALUES.X,o.AVAILABILITY_REQUIREMENT_VALUES.L,o.AVAILABILITY_REQUIREMENT_VALUES.M,o.AVAILABILITY_REQUIREMENT_VALUES.H],a.TEMPLATE_CIA_REQUIREMENT_MODIFIED_VALUES={X:{shortName:"X",value:1,name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Component is not defined."},L:{shortName:"L",value:.5,name:"Low",jsonSchemaName:"LOW",description:"There is no impact to the integrity of the system."},M:{shortName:"M",value:1,name:"Medium",jsonSchemaName:"MEDIUM",description:"There is a partial compromise of system integrity."},H:{shortName:"H",value:1.5,name:"High",jsonSchemaName:"HIGH",description:"There is a total compromise of system integrity."}},a.TEMPLATE_CIA_REQUIREMENT_MODIFIED=[o.TEMPLATE_CIA_REQUIREMENT_MODIFIED_VALUES.X,o.TEMPLATE_CIA_REQUIREMENT_MODIFIED_VALUES.L,o.TEMPLATE_CIA_REQUIREMENT_MODIFIED_VALUES.M,o.TEMPLATE_CIA_REQUIREMENT_MODIFIED_VALUES.H],a.BASE_CATEGORY={name:"base",description:"This metric reflects the qualities of a vulnerability that are constant over time and across user environments."},a.AV_VALUES={X:{shortName:"X",value:1,name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Component is not defined."},N:{shortName:"N",value:.85,name:"Network",abbreviatedName:"Netw.",jsonSchemaName:"NETWORK",description:"The vulnerable component is bound to the network stack and the set of possible attackers extends beyond the other options listed below, up to and including the entire Internet."},A:{shortName:"A",value:.62,name:"Adjacent Network",abbreviatedName:"Adj. Network",jsonSchemaName:"ADJACENT_NETWORK",description:"The vulnerable component is bound to the network stack, but the attack is limited at the protocol level to a logically adjacent topology."},L:{shortName:"L",value:.55,name:"Local",jsonSchemaName:"LOCAL",description:"The vulnerable component is not bound to the network stack and the attacker's path is via read/write/execute capabilities."},P:{shortName:"P",value:.2,name:"Physical",abbreviatedName:"Phys.",jsonSchemaName:"PHYSICAL",description:"The attack requires the attacker to physically touch or manipulate the vulnerable component."}},a.AV={name:"Attack Vector",shortName:"AV",subCategory:"Exploitability Metrics",description:"This metric reflects the context by which vulnerability exploitation is possible. The more remote an attacker can be to attack a host, the greater the vulnerability score.",values:[o.AV_VALUES.X,o.AV_VALUES.N,o.AV_VALUES.A,o.AV_VALUES.L,o.AV_VALUES.P]},a.AC_VALUES={X:{shortName:"X",value:1,name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Component is not defined."},L:{shortName:"L",value:.77,name:"Low",jsonSchemaName:"LOW",description:"Specialized access conditions or extenuating circumstances do not exist. An attacker can expect repeatable success when attacking the vulnerable component."},H:{shortName:"H",value:.44,name:"High",jsonSchemaName:"HIGH",description:"A successful attack depends on conditions beyond the attacker's control. That is, a successful attack cannot be accomplished at will, but requires the attacker to invest in some measurable amount of effort in preparation or execution against the vulnerable component before a successful attack can be expected."}},a.AC={name:"Attack Complexity",shortName:"AC",subCategory:"Exploitability Metrics",description:"This metric describes the conditions beyond the attacker's control that must exist in order to exploit the vulnerability.",values:[o.AC_VALUES.X,o.AC_VALUES.L,o.AC_VALUES.H]},a.PR_VALUES={X:{shortName:"X",value:1,changedValue:1,name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Component is not defined."},N:{shortName:"N",value:.85,changedValue:.85,name:"None",jsonSchemaName:"NONE",description:"The attacker is unauthorized prior to attack, and therefore does not require any access to settings or files of the vulnerable system to carry out an attack."},L:{shortName:"L",value:.62,changedValue:.68,name:"Low",jsonSchemaName:"LOW",description:"The attacker requires privileges that provide basic user capabilities that could normally affect only settings and files owned by a user. Alternatively, an attacker with Low privileges has the ability to access only non-sensitive resources."},H:{shortName:"H",value:.27,changedValue:.5,name:"High",jsonSchemaName:"HIGH",description:"The attacker requires privileges that provide significant (e.g., administrative) control over the vulnerable component allowing access to component-wide settings and files."}},a.PR={name:"Privileges Required",shortName:"PR",subCategory:"Exploitability Metrics",description:"This metric describes the level of privileges an attacker must possess before successfully exploiting the vulnerability.",values:[o.PR_VALUES.X,o.PR_VALUES.N,o.PR_VALUES.L,o.PR_VALUES.H]},a.UI_VALUES={X:{shortName:"X",value:1,name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Component is not defined."},N:{shortName:"N",value:.85,name:"None",jsonSchemaName:"NONE",description:"The vulnerable system can be exploited without interaction from any user."},R:{shortName:"R",value:.62,name:"Required",abbreviatedName:"Req.",jsonSchemaName:"REQUIRED",description:"Successful exploitation of this vulnerability requires a user to take some action before the vulnerability can be exploited. For example, a successful exploit may only be possible during the installation of an application by a system administrator."}},a.UI={name:"User Interaction",shortName:"UI",subCategory:"Exploitability Metrics",description:"This metric captures the requirement for a user, other than the attacker, to participate in the successful compromise of the vulnerable component.",values:[o.UI_VALUES.X,o.UI_VALUES.N,o.UI_VALUES.R]},a.S_VALUES={X:{shortName:"X",value:!1,name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Component is not defined."},U:{shortName:"U",value:!1,name:"Unchanged",abbreviatedName:"Unchang.",jsonSchemaName:"UNCHANGED",description:"An exploited vulnerability can only affect resources managed by the same authority."},C:{shortName:"C",value:!0,name:"Changed",jsonSchemaName:"CHANGED",description:"An exploited vulnerability can affect resources beyond the authorization privileges intended by the vulnerable system's design."}},a.S={name:"Scope",shortName:"S",subCategory:"Exploitability Metrics",description:"Can an exploit of the vulnerability be accomplished remotely?",values:[o.S_VALUES.X,o.S_VALUES.U,o.S_VALUES.C]},a.C={name:"Confidentiality Impact",shortName:"C",subCategory:"Impact Metrics",description:"This metric measures the impact to the confidentiality of the information resources managed by a software component due to a successfully exploited vulnerability.",values:o.CONFIDENTIALITY_IMPACT},a.I={name:"Integrity Impact",shortName:"I",subCategory:"Impact Metrics",description:"This metric measures the impact to integrity of a successfully exploited vulnerability.",values:o.INTEGRITY_IMPACT},a.A={name:"Availability Impact",shortName:"A",subCategory:"Impact Metrics",description:"This metric measures the impact to the availability of the impacted component resulting from a successfully exploited vulnerability.",values:o.AVAILABILITY_IMPACT},a.BASE_CATEGORY_VALUES=[o.AV,o.AC,o.PR,o.UI,o.S,o.C,o.I,o.A],a.TEMPORAL_CATEGORY={name:"temporal",description:"This metric reflects the current state of exploit techniques or code availability."},a.E_VALUES={X:{shortName:"X",value:1,name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Component is not defined."},U:{shortName:"U",value:.91,name:"Unproven",abbreviatedName:"Unproven",description:"No exploit code is available, or an exploit is theoretical."},P:{shortName:"P",value:.94,name:"Proof-of-Concept",abbreviatedName:"Proof-of-conc.",jsonSchemaName:"PROOF_OF_CONCEPT",description:"Proof-of-concept exploit code is available, or an attack demonstration is not practical for most systems. The code or technique is not functional in all situations and may require substantial modification by a skilled attacker."},F:{shortName:"F",value:.97,name:"Functional",jsonSchemaName:"FUNCTIONAL",description:"Functional exploit code is available. The code works in most situations where the vulnerability exists."},H:{shortName:"H",value:1,name:"High",jsonSchemaName:"HIGH",description:"Functional exploit code is available. The code is widespread and automated and works in all situations where the vulnerability exists."}},a.E={name:"Exploit Code Maturity",shortName:"E",description:"This metric measures the likelihood of the vulnerability being attacked, and is typically based on the current state of exploit techniques, exploit code availability, or active, successful exploitation of the vulnerability.",values:[o.E_VALUES.X,o.E_VALUES.U,o.E_VALUES.P,o.E_VALUES.F,o.E_VALUES.H]},a.RL_VALUES={X:{shortName:"X",value:1,name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Component is not defined."},O:{shortName:"O",value:.95,name:"Official Fix",abbreviatedName:"Off. Fix",jsonSchemaName:"OFFICIAL_FIX",description:"A complete vendor solution is available. Either the vendor has issued an official patch, or an upgrade is available."},T:{shortName:"T",value:.96,name:"Temporary Fix",abbreviatedName:"Temp. Fix",jsonSchemaName:"TEMPORARY_FIX",description:"There is an official but temporary fix available. This includes instances where the vendor issues a temporary hotfix, tool, or workaround."},W:{shortName:"W",value:.97,name:"Workaround",jsonSchemaName:"WORKAROUND",description:"There is an unofficial, non-vendor solution available. In some cases, users of the affected technology will create a patch of their own or provide steps to work around or otherwise mitigate the vulnerability."},U:{shortName:"U",value:1,name:"Unavailable",jsonSchemaName:"UNAVAILABLE",description:"There is either no solution available or it is impossible to apply."}},a.RL={name:"Remediation Level",shortName:"RL",description:"This metric describes the remediation level for a vulnerability in an affected resource.",values:[o.RL_VALUES.X,o.RL_VALUES.O,o.RL_VALUES.T,o.RL_VALUES.W,o.RL_VALUES.U]},a.RC_VALUES={X:{shortName:"X",value:1,name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Component is not defined."},U:{shortName:"U",value:.92,name:"Unknown",description:"Report confidence is unknown."},R:{shortName:"R",value:.96,name:"Reasonable",jsonSchemaName:"REASONABLE",description:"Reasonable confidence exists, or the reported vulnerability is in a component not typically used by a target or not having a large installed base."},C:{shortName:"C",value:1,name:"Confirmed",jsonSchemaName:"CONFIRMED",description:"Confirmed confidence exists, or the exploit is functional in the environment where the vulnerability exists."}},a.RC={name:"Report Confidence",shortName:"RC",description:"This metric describes the level of confidence in the existence of the vulnerability and the credibility of the known technical details.",values:[o.RC_VALUES.X,o.RC_VALUES.U,o.RC_VALUES.R,o.RC_VALUES.C]},a.TEMPORAL_CATEGORY_VALUES=[o.E,o.RL,o.RC],a.ENVIRONMENTAL_CATEGORY={name:"environmental",description:"This metric reflects the characteristics of a vulnerability that are relevant and unique to a particular user's environment. This metric can greatly improve the accuracy of a score."},a.MAV_VALUES={X:{shortName:"X",value:1,name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Component is not defined."},N:{shortName:"N",value:.85,name:"Network",abbreviatedName:"Netw.",jsonSchemaName:"NETWORK",description:"The vulnerable component is bound to the network stack and the set of possible attackers extends beyond the other options listed below, up to and including the entire Internet."},A:{shortName:"A",value:.62,name:"Adjacent Network",abbreviatedName:"Adj. Network",jsonSchemaName:"ADJACENT_NETWORK",description:"The vulnerable component is bound to the network stack, but the attack is limited at the protocol level to a logically adjacent topology."},L:{shortName:"L",value:.55,name:"Local",jsonSchemaName:"LOCAL",description:"The vulnerable component is not bound to the network stack and the attacker's path is via read/write/execute capabilities."},P:{shortName:"P",value:.2,name:"Physical",abbreviatedName:"Phys.",jsonSchemaName:"PHYSICAL",description:"The attack requires the attacker to physically touch or manipulate the vulnerable component."}},a.MAV={name:"Modified Attack Vector",shortName:"MAV",subCategory:"Exploitability Metrics",description:"This metric reflects the context by which vulnerability exploitation is possible. The more remote an attacker can be to attack a host, the greater the vulnerability score.",baseMetricEquivalent:o.AV,values:[o.MAV_VALUES.X,o.MAV_VALUES.N,o.MAV_VALUES.A,o.MAV_VALUES.L,o.MAV_VALUES.P]},a.MAC_VALUES={X:{shortName:"X",value:1,name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Component is not defined."},L:{shortName:"L",value:.77,name:"Low",jsonSchemaName:"LOW",description:"Specialized access conditions or extenuating circumstances do not exist. An attacker can expect repeatable success when attacking the vulnerable component."},H:{shortName:"H",value:.44,name:"High",jsonSchemaName:"HIGH",description:"A successful attack depends on conditions beyond the attacker's control. That is, a successful attack cannot be accomplished at will, but requires the attacker to invest in some measurable amount of effort in preparation or execution against the vulnerable component before a successful attack can be expected."}},a.MAC={name:"Modified Attack Complexity",shortName:"MAC",subCategory:"Exploitability Metrics",description:"This metric describes the conditions beyond the attacker's control that must exist in order to exploit the vulnerability.",baseMetricEquivalent:o.AC,values:[o.MAC_VALUES.X,o.MAC_VALUES.L,o.MAC_VALUES.H]},a.MPR_VALUES={X:{shortName:"X",value:1,changedValue:1,name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Component is not defined."},N:{shortName:"N",value:.85,changedValue:.85,name:"None",jsonSchemaName:"NONE",description:"The attacker is unauthorized prior to attack, and therefore does not require any access to settings or files of the vulnerable system to carry out an attack."},L:{shortName:"L",value:.62,changedValue:.68,name:"Low",jsonSchemaName:"LOW",description:"The attacker requires privileges that provide basic user capabilities that could normally affect only settings and files owned by a user. Alternatively, an attacker with Low privileges has the ability to access only non-sensitive resources."},H:{shortName:"H",value:.27,changedValue:.5,name:"High",jsonSchemaName:"HIGH",description:"The attacker requires privileges that provide significant (e.g., administrative) control over the vulnerable component allowing access to component-wide settings and files."}},a.MPR={name:"Modified Privileges Required",shortName:"MPR",subCategory:"Exploitability Metrics",description:"This metric describes the level of privileges an attacker must possess before successfully exploiting the vulnerability.",baseMetricEquivalent:o.PR,values:[o.MPR_VALUES.X,o.MPR_VALUES.N,o.MPR_VALUES.L,o.MPR_VALUES.H]},a.MUI_VALUES={X:{shortName:"X",value:1,name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Component is not defined."},N:{shortName:"N",value:.85,name:"None",jsonSchemaName:"NONE",description:"The vulnerable system can be exploited without interaction from any user."},R:{shortName:"R",value:.62,name:"Required",jsonSchemaName:"REQUIRED",description:"Successful exploitation of this vulnerability requires a user to take some action before the vulnerability can be exploited. For example, a successful exploit may only be possible during the installation of an application by a system administrator."}},a.MUI={name:"Modified User Interaction",shortName:"MUI",subCategory:"Exploitability Metrics",description:"This metric captures the requirement for a user, other than the attacker, to participate in the successful compromise of the vulnerable component.",baseMetricEquivalent:o.UI,values:[o.MUI_VALUES.X,o.MUI_VALUES.N,o.MUI_VALUES.R]},a.MS_VALUES={X:{shortName:"X",value:!1,name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Component is not defined."},U:{shortName:"U",value:!1,name:"Unchanged",abbreviatedName:"Unchang.",jsonSchemaName:"UNCHANGED",description:"An exploited vulnerability can only affect resources managed by the same authority."},C:{shortName:"C",value:!0,name:"Changed",jsonSchemaName:"CHANGED",description:"An exploited vulnerability can affect resources beyond the authorization privileges intended by the vulnerable system's design."}},a.MS={name:"Modified Scope",shortName:"MS",subCategory:"Exploitability Metrics",description:"Can an exploit of the vulnerability be accomplished remotely?",baseMetricEquivalent:o.S,values:[o.MS_VALUES.X,o.MS_VALUES.U,o.MS_VALUES.C]},a.MC={name:"Confidentiality Impact",shortName:"MC",subCategory:"Modified Impact",description:"This metric measures the impact to the confidentiality of the information resources managed by a software component due to a successfully exploited vulnerability.",baseMetricEquivalent:o.C,values:o.CONFIDENTIALITY_IMPACT},a.MI={name:"Integrity Impact",shortName:"MI",subCategory:"Modified Impact",description:"This metric measures the impact to integrity of a successfully exploited vulnerability.",baseMetricEquivalent:o.I,values:o.INTEGRITY_IMPACT},a.MA={name:"Availability Impact",shortName:"MA",subCategory:"Modified Impact",description:"This metric measures the impact to the availability of the impacted component resulting from a successfully exploited vulnerability.",baseMetricEquivalent:o.A,values:o.AVAILABILITY_IMPACT},a.CR={name:"Confidentiality Requirement",shortName:"CR",subCategory:"Modified Requirement (Impact Subscore) Modifiers",description:"This metric describes the remediation level for a vulnerability in an affected resource.",values:o.CONFIDENTIALITY_REQUIREMENT},a.IR={name:"Integrity Requirement",shortName:"IR",subCategory:"Modified Requirement (Impact Subscore) Modifiers",description:"This metric describes the remediation level for a vulnerability in an affected resource.",values:o.INTEGRITY_REQUIREMENT},a.AR={name:"Availability Requirement",shortName:"AR",subCategory:"Modified Requirement (Impact Subscore) Modifiers",description:"This metric describes the remediation level for a vulnerability in an affected resource.",values:o.AVAILABILITY_REQUIREMENT},a.ENVIRONMENTAL_CATEGORY_VALUES=[o.CR,o.IR,o.AR,o.MAV,o.MAC,o.MPR,o.MUI,o.MS,o.MC,o.MI,o.MA],a.REGISTERED_COMPONENTS=new Map,o.REGISTERED_COMPONENTS.set(o.BASE_CATEGORY,o.BASE_CATEGORY_VALUES),o.REGISTERED_COMPONENTS.set(o.TEMPORAL_CATEGORY,o.TEMPORAL_CATEGORY_VALUES),o.REGISTERED_COMPONENTS.set(o.ENVIRONMENTAL_CATEGORY,o.ENVIRONMENTAL_CATEGORY_VALUES),a.ATTRIBUTE_SEVERITY_ORDER=[[o.S_VALUES.U,o.MS_VALUES.U],[o.CONFIDENTIALITY_IMPACT_VALUES.N,o.INTEGRITY_IMPACT_VALUES.N,o.AVAILABILITY_IMPACT_VALUES.N],[o.AV_VALUES.P,o.MAV_VALUES.P],[o.CONFIDENTIALITY_IMPACT_VALUES.L,o.INTEGRITY_IMPACT_VALUES.L,o.AVAILABILITY_IMPACT_VALUES.L],[o.PR_VALUES.H,o.MPR_VALUES.H],[o.AC_VALUES.H,o.MAC_VALUES.H],[o.CONFIDENTIALITY_REQUIREMENT_VALUES.L,o.INTEGRITY_REQUIREMENT_VALUES.L,o.AVAILABILITY_REQUIREMENT_VALUES.L],[o.AV_VALUES.L,o.MAV_VALUES.L],[o.CONFIDENTIALITY_IMPACT_VALUES.H,o.INTEGRITY_IMPACT_VALUES.H,o.AVAILABILITY_IMPACT_VALUES.H],[o.AV_VALUES.A,o.MAV_VALUES.A],[o.UI_VALUES.R,o.MUI_VALUES.R],[o.PR_VALUES.L,o.MPR_VALUES.L],[o.AC_VALUES.L,o.MAC_VALUES.L],[o.AV_VALUES.N,o.MAV_VALUES.N],[o.PR_VALUES.N,o.MPR_VALUES.N],[o.UI_VALUES.N,o.MUI_VALUES.N],[o.E_VALUES.U],[o.E_VALUES.P],[o.E_VALUES.F],[o.E_VALUES.H],[o.E_VALUES.X],[o.RC_VALUES.U],[o.RL_VALUES.O],[o.RL_VALUES.T],[o.RC_VALUES.R],[o.RL_VALUES.W],[o.AV_VALUES.X,o.MAV_VALUES.X],[o.AC_VALUES.X,o.MAC_VALUES.X],[o.PR_VALUES.X,o.MPR_VALUES.X],[o.UI_VALUES.X,o.MUI_VALUES.X],[o.S_VALUES.C,o.MS_VALUES.C],[o.S_VALUES.X,o.MS_VALUES.X],[o.CONFIDENTIALITY_IMPACT_VALUES.X],[o.INTEGRITY_IMPACT_VALUES.X],[o.AVAILABILITY_IMPACT_VALUES.X],[o.RL_VALUES.U],[o.RL_VALUES.X],[o.RC_VALUES.C],[o.RC_VALUES.X],[o.CONFIDENTIALITY_REQUIREMENT_VALUES.M,o.INTEGRITY_REQUIREMENT_VALUES.M,o.AVAILABILITY_REQUIREMENT_VALUES.M],[o.CONFIDENTIALITY_REQUIREMENT_VALUES.X,o.INTEGRITY_REQUIREMENT_VALUES.X,o.AVAILABILITY_REQUIREMENT_VALUES.X],[o.CONFIDENTIALITY_REQUIREMENT_VALUES.H,o.INTEGRITY_REQUIREMENT_VALUES.H,o.AVAILABILITY_REQUIREMENT_VALUES.H]]},371:(e,t,o)=>{Object.defineProperty(t,"__esModule",{value:!0}),t.Cvss3P1=void 0;const a=o(154),i=o(951);class s extends a.CvssVector{constructor(e){super(e)}getRegisteredComponents(){return i.Cvss3P1Components.REGISTERED_COMPONENTS}getVectorPrefix(){return"CVSS:3.1/"}getVectorName(){return"CVSS:3.1"}fillAverageVector(){this.applyVector("AV:N/AC:H/PR:N/UI:N/S:U/C:L/I:L/A:L")}fillRandomBaseVector(){this.fillRandomComponentsForCategory(i.Cvss3P1Components.BASE_CATEGORY)}fillRandomTemporalVector(){this.fillRandomComponentsForCategory(i.Cvss3P1Components.TEMPORAL_CATEGORY)}fillRandomEnvironmentalVector(){this.fillRandomComponentsForCategory(i.Cvss3P1Components.ENVIRONMENTAL_CATEGORY)}fillRandomComponentsForCategory(e){const t=i.Cvss3P1Components.REGISTERED_COMPONENTS.get(e);if(t)for(let e=0;e<t.length;e++){const o=t[e],a=super.pickRandomDefinedComponentValue(o);if(!a)return console.warn("Failed to pick random vector component for",o),void this.fillAverageVector();this.applyComponent(o,a)}else console.warn("Failed to pick random vector components for",e)}calculateScoresInternal(e=!1){const t=this.isBaseFullyDefined(),o=this.isAnyTemporalDefined(),a=this.isAnyEnvironmentalDefined();return{normalized:e,base:t?super.round(this.calculateExactBaseScore(),1):void 0,impact:t?super.normalizeScore(super.round(this.calculateImpactScore(),1),e?6:10):void 0,exploitability:t?super.normalizeScore(super.round(this.calculateExactExploitabilityScore(),1),e?3.9:10):void 0,temporal:t&&o?super.round(this.calculateExactTemporalScore(),1):void 0,environmental:t&&a?super.round(this.calculateExactEnvironmentalScore(),1):void 0,modifiedImpact:t&&a?super.normalizeScore(super.round(Math.max(0,this.calculateExactAdjustedImpactScore()),1),e?6.1:10):void 0,overall:super.round(this.calculateExactOverallScore(),1),vector:this.toString()}}calculateExactBaseScore(){if(!this.isBaseFullyDefined())return 0;let e=this.calculateExactImpactScore();if(e<=0)return 0;let t=this.calculateExactExploitabilityScore();return this.getComponent(i.Cvss3P1Components.S).value?super.roundUp(Math.min(s.SCOPE_COEFFICIENT*(e+t),10)):super.roundUp(Math.min(e+t,10))}calculateImpactScore(){const e=this.calculateExactImpactScore();return e<=0?0:e}calculateExactImpactScore(){let e=this.calculateExactISSScore();return this.getComponent(i.Cvss3P1Components.S).value?s.SCOPE_CHANGED_FACTOR*(e-.029)-3.25*Math.pow(e-.02,15):s.SCOPE_UNCHANGED_FACTOR*e}calculateExactISSScore(){return 1-(1-this.getComponent(i.Cvss3P1Components.C).value)*(1-this.getComponent(i.Cvss3P1Components.I).value)*(1-this.getComponent(i.Cvss3P1Components.A).value)}calculateExactMISSScore(){let e,t,o,a,s,n,r=this.getComponent(i.Cvss3P1Components.MC),c=this.getComponent(i.Cvss3P1Components.MI),l=this.getComponent(i.Cvss3P1Components.MA),m=this.getComponent(i.Cvss3P1Components.C),h=this.getComponent(i.Cvss3P1Components.I),E=this.getComponent(i.Cvss3P1Components.A),u=this.getComponent(i.Cvss3P1Components.CR),d=this.getComponent(i.Cvss3P1Components.IR),p=this.getComponent(i.Cvss3P1Components.AR);return e=r===i.Cvss3P1Components.MC.values[0]?m.value:r.value,t=c===i.Cvss3P1Components.MI.values[0]?h.value:c.value,o=l===i.Cvss3P1Components.MA.values[0]?E.value:l.value,i.Cvss3P1Components.CR.values[0],a=u.value,i.Cvss3P1Components.IR.values[0],s=d.value,i.Cvss3P1Components.AR.values[0],n=p.value,Math.min(1-(1-a*e)*(1-s*t)*(1-n*o),.915)}calculateExactExploitabilityScore(){const e=this.getComponent(i.Cvss3P1Components.AV).value,t=this.getComponent(i.Cvss3P1Components.AC).value,o=this.getComponent(i.Cvss3P1Components.UI).value;let a;return a=this.getComponent(i.Cvss3P1Components.S).value?this.getComponent(i.Cvss3P1Components.PR).changedValue:this.getComponent(i.Cvss3P1Components.PR).value,s.EXPLOITABILITY_COEFFICIENT*e*t*a*o}calculateExactTemporalScore(){if(!this.isBaseFullyDefined())return 0;if(!this.isAnyTemporalDefined())return 0;let e=this.getComponent(i.Cvss3P1Components.E).value,t=this.getComponent(i.Cvss3P1Components.RL).value,o=this.getComponent(i.Cvss3P1Components.RC).value,a=this.calculateExactBaseScore();return super.roundUp(a*e*t*o)}calculateExactEnvironmentalScore(){if(!this.isBaseFullyDefined())return 0;if(!this.isAnyEnvironmentalDefined())return 0;let e=this.calculateExactAdjustedImpactScore();if(e<=0)return 0;let t=this.calculateAdjustedExploitability(),o=this.getComponent(i.Cvss3P1Components.E).value,a=this.getComponent(i.Cvss3P1Components.RL).value,n=this.getComponent(i.Cvss3P1Components.RC).value;if(this.isModifiedScope()){let i=super.roundUp(Math.min(e+t,10));return super.roundUp(i*o*a*n)}{let i=super.roundUp(Math.min(s.SCOPE_COEFFICIENT*(e+t),10));return super.roundUp(i*o*a*n)}}calculateExactAdjustedImpactScore(){if(!this.isBaseFullyDefined())return 0;if(!this.isAnyEnvironmentalDefined())return 0;let e=this.calculateExactMISSScore();return this.isModifiedScope()?s.SCOPE_UNCHANGED_FACTOR*e:s.SCOPE_CHANGED_FACTOR*(e-.029)-3.25*Math.pow(.9731*e-.02,13)}calculateAdjustedExploitability(){let e,t=this.getFirstDefinedComponent([i.Cvss3P1Components.MAV,i.Cvss3P1Components.AV]).value,o=this.getFirstDefinedComponent([i.Cvss3P1Components.MAC,i.Cvss3P1Components.AC]).value,a=this.getFirstDefinedComponent([i.Cvss3P1Components.MUI,i.Cvss3P1Components.UI]).value,n=this.getFirstDefinedComponent([i.Cvss3P1Components.MPR,i.Cvss3P1Components.PR]);return e=this.isModifiedScope()?n.value:n.changedValue,s.EXPLOITABILITY_COEFFICIENT*t*o*e*a}isModifiedScope(){let e=this.getComponent(i.Cvss3P1Components.S),t=this.getComponent(i.Cvss3P1Components.MS);return t===i.Cvss3P1Components.MS.values[0]?!e.value:!t.value}calculateExactOverallScore(){return this.isAnyEnvironmentalDefined()?this.calculateExactEnvironmentalScore():this.isAnyTemporalDefined()?this.calculateExactTemporalScore():this.calculateExactBaseScore()}isBaseFullyDefined(){return super.isCategoryFullyDefined(i.Cvss3P1Components.BASE_CATEGORY)}isTemporalFullyDefined(){return super.isCategoryFullyDefined(i.Cvss3P1Components.TEMPORAL_CATEGORY)}isEnvironmentalFullyDefined(){return super.isCategoryFullyDefined(i.Cvss3P1Components.ENVIRONMENTAL_CATEGORY)}isAnyBaseDefined(){return super.isCategoryPartiallyDefined(i.Cvss3P1Components.BASE_CATEGORY)}isAnyTemporalDefined(){return super.isCategoryPartiallyDefined(i.Cvss3P1Components.TEMPORAL_CATEGORY)}isAnyEnvironmentalDefined(){return super.isCategoryPartiallyDefined(i.Cvss3P1Components.ENVIRONMENTAL_CATEGORY)}getJsonSchemaSeverity(e){return 0===e||isNaN(e)?"NONE":e<=3.9?"LOW":e<=6.9?"MEDIUM":e<=8.9?"HIGH":"CRITICAL"}createJsonSchema(){const e=this.calculateScores();return{version:"3.1",vectorString:this.toString(),baseScore:e.base,temporalScore:e.temporal,environmentalScore:e.environmental,baseSeverity:this.getJsonSchemaSeverity(e.base),temporalSeverity:e.temporal?this.getJsonSchemaSeverity(e.temporal):void 0,environmentalSeverity:e.environmental?this.getJsonSchemaSeverity(e.environmental):void 0,attackVector:this.getComponent(i.Cvss3P1Components.AV).jsonSchemaName,attackComplexity:this.getComponent(i.Cvss3P1Components.AC).jsonSchemaName,privilegesRequired:this.getComponent(i.Cvss3P1Components.PR).jsonSchemaName,userInteraction:this.getComponent(i.Cvss3P1Components.UI).jsonSchemaName,scope:this.getComponent(i.Cvss3P1Components.S).jsonSchemaName,confidentialityImpact:this.getComponent(i.Cvss3P1Components.C).jsonSchemaName,integrityImpact:this.getComponent(i.Cvss3P1Components.I).jsonSchemaName,availabilityImpact:this.getComponent(i.Cvss3P1Components.A).jsonSchemaName,exploitCodeMaturity:this.getComponent(i.Cvss3P1Components.E).jsonSchemaName,remediationLevel:this.getComponent(i.Cvss3P1Components.RL).jsonSchemaName,reportConfidence:this.getComponent(i.Cvss3P1Components.RC).jsonSchemaName,confidentialityRequirement:this.getComponent(i.Cvss3P1Components.CR).jsonSchemaName,integrityRequirement:this.getComponent(i.Cvss3P1Components.IR).jsonSchemaName,availabilityRequirement:this.getComponent(i.Cvss3P1Components.AR).jsonSchemaName,modifiedAttackVector:this.getComponent(i.Cvss3P1Components.MAV).jsonSchemaName,modifiedAttackComplexity:this.getComponent(i.Cvss3P1Components.MAC).jsonSchemaName,modifiedPrivilegesRequired:this.getComponent(i.Cvss3P1Components.MPR).jsonSchemaName,modifiedUserInteraction:this.getComponent(i.Cvss3P1Components.MUI).jsonSchemaName,modifiedScope:this.getComponent(i.Cvss3P1Components.MS).jsonSchemaName,modifiedConfidentialityImpact:this.getComponent(i.Cvss3P1Components.MC).jsonSchemaName,modifiedIntegrityImpact:this.getComponent(i.Cvss3P1Components.MI).jsonSchemaName,modifiedAvailabilityImpact:this.getComponent(i.Cvss3P1Components.MA).jsonSchemaName}}}t.Cvss3P1=s,s.SCOPE_CHANGED_FACTOR=7.52,s.SCOPE_UNCHANGED_FACTOR=6.42,s.EXPLOITABILITY_COEFFICIENT=8.22,s.SCOPE_COEFFICIENT=1.08},475:(e,t,o)=>{Object.defineProperty(t,"__esModule",{value:!0}),t.Cvss2=void 0;const a=o(154),i=o(479);class s extends a.CvssVector{constructor(e){super(e)}getRegisteredComponents(){return i.Cvss2Components.REGISTERED_COMPONENTS}getVectorPrefix(){return""}getVectorName(){return"CVSS:2.0"}fillAverageVector(){this.applyVector("AV:A/AC:M/Au:N/C:P/I:P/A:P")}fillRandomBaseVector(){const e=i.Cvss2Components.BASE_CATEGORY_VALUES;for(let t=0;t<e.length;t++){const o=e[t],a=super.pickRandomDefinedComponentValue(o);if(!a)return console.warn("Failed to pick random vector component for",o),void this.fillAverageVector();this.applyComponent(o,a)}}calculateScoresInternal(e=!1){const t=this.isBaseFullyDefined(),o=this.isAnyTemporalDefined(),a=this.isAnyEnvironmentalDefined();return{normalized:e,base:t?super.round(this.calculateExactBaseScore(),1):void 0,impact:t?super.round(this.calculateExactImpactScore(),1):void 0,exploitability:t?super.round(this.calculateExactExploitabilityScore(),1):void 0,temporal:t&&o?super.round(this.calculateExactTemporalScore(),1):void 0,environmental:t&&a?super.round(this.calculateExactEnvironmentalScore(),1):void 0,modifiedImpact:t&&a?super.round(this.calculateExactAdjustedImpactScore(),1):void 0,overall:super.round(this.calculateExactOverallScore(),1),vector:this.toString()}}calculateExactBaseScore(){if(!this.isBaseFullyDefined())return 0;let e=this.calculateExactImpactScore();return(.6*e+.4*this.calculateExactExploitabilityScore()-1.5)*this.f(e)}calculateExactImpactScore(){return this.isBaseFullyDefined()?10.41*(1-(1-this.getComponent(i.Cvss2Components.C).value)*(1-this.getComponent(i.Cvss2Components.I).value)*(1-this.getComponent(i.Cvss2Components.A).value)):0}calculateExactExploitabilityScore(){return this.isBaseFullyDefined()?20*this.getComponent(i.Cvss2Components.AC).value*this.getComponent(i.Cvss2Components.Au).value*this.getComponent(i.Cvss2Components.AV).value:0}calculateExactTemporalScore(){return this.isAnyTemporalDefined()?super.round(this.calculateExactBaseScore(),1)*this.getComponent(i.Cvss2Components.E).value*this.getComponent(i.Cvss2Components.RL).value*this.getComponent(i.Cvss2Components.RC).value:0}calculateExactAdjustedBaseScore(){let e=this.calculateExactAdjustedImpactScore(),t=this.calculateExactExploitabilityScore();return t=this.round(t,1),(.6*e+.4*t-1.5)*this.f(e)}calculateExactAdjustedTemporalScore(){return this.calculateExactAdjustedBaseScore()*this.getComponent(i.Cvss2Components.E).value*this.getComponent(i.Cvss2Components.RL).value*this.getComponent(i.Cvss2Components.RC).value}calculateExactEnvironmentalScore(){if(!this.isAnyEnvironmentalDefined())return 0;let e=this.calculateExactAdjustedTemporalScore();return(e+(10-e)*this.getComponent(i.Cvss2Components.CDP).value)*this.getComponent(i.Cvss2Components.TD).value}calculateExactAdjustedImpactScore(){if(!this.isAnyEnvironmentalDefined())return 0;let e=this.getComponent(i.Cvss2Components.C).value,t=this.getComponent(i.Cvss2Components.I).value,o=this.getComponent(i.Cvss2Components.A).value,a=this.getComponent(i.Cvss2Components.CR).value,s=this.getComponent(i.Cvss2Components.IR).value,n=this.getComponent(i.Cvss2Components.AR).value;return Math.min(10,10.41*(1-(1-e*a)*(1-t*s)*(1-o*n)))}calculateExactOverallScore(){return this.isAnyEnvironmentalDefined()?this.calculateExactEnvironmentalScore():this.isAnyTemporalDefined()?this.calculateExactTemporalScore():this.calculateExactBaseScore()}isBaseFullyDefined(){return super.isCategoryFullyDefined(i.Cvss2Components.BASE_CATEGORY)}isTemporalFullyDefined(){return super.isCategoryFullyDefined(i.Cvss2Components.TEMPORAL_CATEGORY)}isEnvironmentalFullyDefined(){return super.isCategoryFullyDefined(i.Cvss2Components.ENVIRONMENTAL_CATEGORY)}isAnyBaseDefined(){return super.isCategoryPartiallyDefined(i.Cvss2Components.BASE_CATEGORY)}isAnyTemporalDefined(){return super.isCategoryPartiallyDefined(i.Cvss2Components.TEMPORAL_CATEGORY)}isAnyEnvironmentalDefined(){return super.isCategoryPartiallyDefined(i.Cvss2Components.ENVIRONMENTAL_CATEGORY)}f(e){return 0===e?0:1.176}createJsonSchema(){const e=this.calculateScores();return{version:"2.0",vectorString:this.toString(),baseScore:e.base,temporalScore:e.temporal,environmentalScore:e.environmental,accessVector:this.getComponent(i.Cvss2Components.AV).jsonSchemaName,accessComplexity:this.getComponent(i.Cvss2Components.AC).jsonSchemaName,authentication:this.getComponent(i.Cvss2Components.Au).jsonSchemaName,confidentialityImpact:this.getComponent(i.Cvss2Components.C).jsonSchemaName,integrityImpact:this.getComponent(i.Cvss2Components.I).jsonSchemaName,availabilityImpact:this.getComponent(i.Cvss2Components.A).jsonSchemaName,exploitability:this.getComponent(i.Cvss2Components.E).jsonSchemaName,remediationLevel:this.getComponent(i.Cvss2Components.RL).jsonSchemaName,reportConfidence:this.getComponent(i.Cvss2Components.RC).jsonSchemaName,collateralDamagePotential:this.getComponent(i.Cvss2Components.CDP).jsonSchemaName,targetDistribution:this.getComponent(i.Cvss2Components.TD).jsonSchemaName,confidentialityRequirement:this.getComponent(i.Cvss2Components.CR).jsonSchemaName,integrityRequirement:this.getComponent(i.Cvss2Components.IR).jsonSchemaName,availabilityRequirement:this.getComponent(i.Cvss2Components.AR).jsonSchemaName}}}t.Cvss2=s},479:(e,t,o)=>{var a;Object.defineProperty(t,"__esModule",{value:!0}),t.Cvss2Components=void 0;const i=o(154);class s{}t.Cvss2Components=s,a=s,s.BASE_CATEGORY={name:"base",description:"Represents the intrinsic and fundamental characteristics of a vulnerability that are constant over time and user environments."},s.AV_VALUES={ND:{shortName:"ND",value:1,name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Assigning this value to the metric will result in no score being calculated."},L:{shortName:"L",value:.395,name:"Local",jsonSchemaName:"LOCAL",description:"A vulnerability exploitable with only local access requires the attacker to have either physical access to the vulnerable system or a local (shell) account. Examples of locally exploitable vulnerabilities are peripheral attacks such as Firewire/USB DMA attacks, and local privilege escalations (e.g., sudo)."},A:{shortName:"A",value:.646,name:"Adjacent Network",abbreviatedName:"Adj. Network",jsonSchemaName:"ADJACENT_NETWORK",description:"A vulnerability exploitable with adjacent network access requires the attacker to have access to either the broadcast or collision domain of the vulnerable software.  Examples of local networks include local IP subnet, Bluetooth, IEEE 802.11, and local Ethernet segment."},N:{shortName:"N",value:1,name:"Network",jsonSchemaName:"NETWORK",description:'A vulnerability exploitable with network access means the vulnerable software is bound to the network stack and the attacker does not require local network access or local access. Such a vulnerability is often termed "remotely exploitable". An example of a network attack is an RPC buffer overflow.'}},s.AV={name:"Access Vector",shortName:"AV",subCategory:"Exploitability Metrics",description:"This metric reflects how the vulnerability is exploited. The more remote an attacker can be to attack a host, the greater the vulnerability score.",values:[a.AV_VALUES.ND,a.AV_VALUES.L,a.AV_VALUES.A,a.AV_VALUES.N]},s.AC_VALUES={ND:{shortName:"ND",value:1,name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Assigning this value to the metric will result in no score being calculated."},H:{shortName:"H",value:.35,name:"High",jsonSchemaName:"HIGH",description:"Specialized access conditions exist. For example, an attacker can only exploit the vulnerability under very specialized conditions."},M:{shortName:"M",value:.61,name:"Medium",jsonSchemaName:"MEDIUM",description:"The access conditions are somewhat specialized. For example, the attacker can only exploit the vulnerability under certain conditions."},L:{shortName:"L",value:.71,name:"Low",jsonSchemaName:"LOW",description:"Specialized access conditions or extenuating circumstances do not exist. For example, an attacker can exploit the vulnerability under most conditions."}},s.AC={name:"Access Complexity",shortName:"AC",subCategory:"Exploitability Metrics",description:'This metric measures the complexity of the attack required to exploit the vulnerability once an attacker has gained access to the target system. For example, consider a buffer overflow in an Internet service: If the vulnerability is exploitable only once a user has been authenticated by the service, the vulnerability is only "Medium" complexity. If, however, the vulnerability can be exploited anonymously, it is "Low" complexity.',values:[a.AC_VALUES.ND,a.AC_VALUES.H,a.AC_VALUES.M,a.AC_VALUES.L]},s.Au_VALUES={ND:{shortName:"ND",value:1,name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Assigning this value to the metric will result in no score being calculated."},M:{shortName:"M",value:.45,name:"Multiple",jsonSchemaName:"MULTIPLE",description:"Exploiting the vulnerability requires that the attacker authenticate two or more times, even if the same credentials are used each time. An example is an attacker authenticating to an operating system in addition to providing credentials to access an application hosted on that system."},S:{shortName:"S",value:.56,name:"Single",jsonSchemaName:"SINGLE",description:"The vulnerability requires an attacker to be logged into the system (such as at a command line or via a desktop session or web interface)."},N:{shortName:"N",value:.704,name:"None",jsonSchemaName:"NONE",description:"Authentication is not required to exploit the vulnerability."}},s.Au={name:"Authentication",shortName:"Au",subCategory:"Exploitability Metrics",description:'This metric measures the number of times an attacker must authenticate to a target in order to exploit a vulnerability. "Multiple" means that the attacker must authenticate two or more times, "Single" means that the attacker must authenticate once, and "None" means that the attacker need not authenticate at all to exploit the vulnerability.',values:[a.Au_VALUES.ND,a.Au_VALUES.M,a.Au_VALUES.S,a.Au_VALUES.N]},s.C_VALUES={ND:{shortName:"ND",value:1,name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Assigning this value to the metric will result in no score being calculated."},N:{shortName:"N",value:0,name:"None",jsonSchemaName:"NONE",description:"There is no impact to the confidentiality of the system."},P:{shortName:"P",value:.275,name:"Partial",jsonSchemaName:"PARTIAL",description:"There is considerable informational disclosure. Access to some system files is possible, but the attacker does not have control over what is obtained, or the scope of the loss is constrained. An example is a vulnerability that divulges only certain tables in a database."},C:{shortName:"C",value:.66,name:"Complete",jsonSchemaName:"COMPLETE",description:"There is total information disclosure, resulting in all system files being revealed. The attacker is able to read all of the system's data (memory, files, etc.)"}},s.C={name:"Confidentiality Impact",shortName:"C",subCategory:"Impact Metrics",description:"This metric measures the impact to the confidentiality of the information resources managed by a software component due to a successfully exploited vulnerability. Confidentiality refers to limiting information access and disclosure to only authorized users, as well as preventing access by, or disclosure to, unauthorized ones.",values:[a.C_VALUES.ND,a.C_VALUES.N,a.C_VALUES.P,a.C_VALUES.C]},s.I_VALUES={ND:{shortName:"ND",value:1,name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Assigning this value to the metric will result in no score being calculated."},N:{shortName:"N",value:0,name:"None",jsonSchemaName:"NONE",description:"There is no impact to the integrity of the system."},P:{shortName:"P",value:.275,name:"Partial",jsonSchemaName:"PARTIAL",description:"Modification of some system files or information is possible, but the attacker does not have control over what can be modified, or the scope of what the attacker can affect is limited. For example, system or application files may be overwritten or modified, but either the attacker has no control over which files are affected or the attacker can modify files within only a limited context or scope."},C:{shortName:"C",value:.66,name:"Complete",jsonSchemaName:"COMPLETE",description:"There is a total compromise of system integrity. There is a complete loss of system protection, resulting in the entire system being compromised. The attacker is able to modify any files on the target system."}},s.I={name:"Integrity Impact",shortName:"I",subCategory:"Impact Metrics",description:"This metric measures the impact to integrity of a successfully exploited vulnerability. Integrity refers to the trustworthiness and guaranteed veracity of information.",values:[a.I_VALUES.ND,a.I_VALUES.N,a.I_VALUES.P,a.I_VALUES.C]},s.A_VALUES={ND:{shortName:"ND",value:1,name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Assigning this value to the metric will result in no score being calculated."},N:{shortName:"N",value:0,name:"None",jsonSchemaName:"NONE",description:"There is no impact to availability within the impacted component."},P:{shortName:"P",value:.275,name:"Partial",jsonSchemaName:"PARTIAL",description:"There is reduced performance or interruptions in resource availability. An example is a network-based flood attack that permits a limited number of successful connections to an Internet service."},C:{shortName:"C",value:.66,name:"Complete",jsonSchemaName:"COMPLETE",description:"There is a total shutdown of the affected resource. The attacker can render the resource completely unavailable."}},s.A={name:"Availability Impact",shortName:"A",subCategory:"Impact Metrics",description:"This metric measures the impact to the availability of the impacted component resulting from a successfully exploited vulnerability. While the Confidentiality and Integrity impact metrics apply to the loss of confidentiality or integrity of data (e.g., information, files) used by the impacted component, this metric refers to the loss of availability of the impacted component itself, such as a networked service (e.g., web, database, email). Since availability refers to the accessibility of information resources, attacks that consume network bandwidth, processor cycles, or disk space all impact the availability of an impacted component. This metric considers only the availability of the impacted component itself.",values:[a.A_VALUES.ND,a.A_VALUES.N,a.A_VALUES.P,a.A_VALUES.C]},s.BASE_CATEGORY_VALUES=[a.AV,a.AC,a.Au,a.C,a.I,a.A],s.TEMPORAL_CATEGORY={name:"temporal",description:"The threat posed by a vulnerability may change over time. Three such factors that CVSS captures are: confirmation of the technical details of a vulnerability, the remediation status of the vulnerability, and the availability of exploit code or techniques. Since temporal metrics are optional they each include a metric value that has no effect on the score."},s.E_VALUES={ND:{shortName:"ND",value:1,name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Assigning this value to the metric will not influence the score. It is a signal to the equation to skip this metric."},U:{shortName:"U",value:.85,name:"Unproven",jsonSchemaName:"UNPROVEN",description:"No exploit code is available, or an exploit is entirely theoretical."},POC:{shortName:"POC",value:.9,name:"Proof-of-concept",abbreviatedName:"Proof-of-conc.",jsonSchemaName:"PROOF_OF_CONCEPT",description:"Proof-of-concept exploit code or an attack demonstration that is not practical for most systems is available. The code or technique is not functional in all situations and may require substantial modification by a skilled attacker."},F:{shortName:"F",value:.95,name:"Functional",jsonSchemaName:"FUNCTIONAL",description:"Functional exploit code is available. The code works in most situations where the vulnerability exists."},H:{shortName:"H",value:1,name:"High",jsonSchemaName:"HIGH",description:"Either the vulnerability is exploitable by functional mobile autonomous code, or no exploit is required (manual trigger) and details are widely available. The code works in every situation, or is actively being delivered via a mobile autonomous agent (such as a worm or virus)."}},s.E={name:"Exploitability",shortName:"E",description:'This metric measures the current state of exploit techniques or code availability. "Unproven that exploit exists" is the lowest impact and "Proof-of-concept code" is the highest impact.',values:[a.E_VALUES.ND,a.E_VALUES.U,a.E_VALUES.POC,a.E_VALUES.F,a.E_VALUES.H]},s.RL_VALUES={ND:{shortName:"ND",value:1,name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Assigning this value to the metric will not influence the score. It is a signal to the equation to skip this metric."},OF:{shortName:"OF",value:.87,name:"Official Fix",abbreviatedName:"Off. Fix",jsonSchemaName:"OFFICIAL_FIX",description:"A complete vendor solution is available. Either the vendor has issued an official patch, or an upgrade is available."},TF:{shortName:"TF",value:.9,name:"Temporary Fix",abbreviatedName:"Temp. Fix",jsonSchemaName:"TEMPORARY_FIX",description:"There is an official but temporary fix available. This includes instances where the vendor issues a temporary hotfix, tool, or workaround."},W:{shortName:"W",value:.95,name:"Workaround",jsonSchemaName:"WORKAROUND",description:"There is an unofficial, non-vendor solution available. In some cases, users of the affected technology will create a patch of their own or provide steps to work around or otherwise mitigate the vulnerability."},U:{shortName:"U",value:1,name:"Unavailable",jsonSchemaName:"UNAVAILABLE",description:"There is either no solution available or it is impossible to apply."}},s.RL={name:"Remediation Level",shortName:"RL",description:'This metric measures the remediation level of a vulnerability. "Official fix" is the lowest impact and "Unavailable" is the highest impact.',values:[a.RL_VALUES.ND,a.RL_VALUES.OF,a.RL_VALUES.TF,a.RL_VALUES.W,a.RL_VALUES.U]},s.RC_VALUES={ND:{shortName:"ND",value:1,name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Assigning this value to the metric will not influence the score. It is a signal to the equation to skip this metric."},UC:{shortName:"UC",value:.9,name:"Unconfirmed",jsonSchemaName:"UNCONFIRMED",description:"There is little confidence in the existence of this vulnerability. The report is unconfirmed, or the source is not known."},UR:{shortName:"UR",value:.95,name:"Uncorroborated",jsonSchemaName:"UNCORROBORATED",description:"There is reasonable confidence in the existence of this vulnerability, but the technical details are not known publicly. The report is unconfirmed."},C:{shortName:"C",value:1,name:"Confirmed",jsonSchemaName:"CONFIRMED",description:"The existence of this vulnerability is confirmed, but the details are not known publicly. An exploit has been observed, or proof-of-concept exploit code is available. The bugtraq ID or CVE ID has been made public."}},s.RC={name:"Report Confidence",shortName:"RC",description:'This metric measures the degree of confidence in the existence of the vulnerability and the credibility of the known technical details. "Unconfirmed" is the lowest confidence and "Confirmed" is the highest.',values:[a.RC_VALUES.ND,a.RC_VALUES.UC,a.RC_VALUES.UR,a.RC_VALUES.C]},s.TEMPORAL_CATEGORY_VALUES=[a.E,a.RL,a.RC],s.ENVIRONMENTAL_CATEGORY={name:"environmental",description:"Different environments can have an immense bearing on the risk that a vulnerability poses to an organization and its stakeholders. The CVSS environmental metric group captures the characteristics of a vulnerability that are associated with a user's IT environment. Since environmental metrics are optional they each include a metric value that has no effect on the score."},s.CDP_VALUES={ND:{shortName:"ND",value:0,name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Assigning this value to the metric will not influence the score. It is a signal to the equation to skip this metric."},N:{shortName:"N",value:0,name:"None",jsonSchemaName:"NONE",description:"There is no potential for loss of life, physical assets, productivity or revenue."},L:{shortName:"L",value:.1,name:"Low",jsonSchemaName:"LOW",description:"A successful exploit of this vulnerability may result in slight physical or property damage. Or, there may be a slight loss of revenue or productivity to the organization."},LM:{shortName:"LM",value:.3,name:"Low-Medium",abbreviatedName:"Low-Med.",jsonSchemaName:"LOW_MEDIUM",description:"A successful exploit of this vulnerability may result in moderate physical or property damage. Or, there may be a moderate loss of revenue or productivity to the organization."},MH:{shortName:"MH",value:.4,name:"Medium-High",abbreviatedName:"Med.-High",jsonSchemaName:"MEDIUM_HIGH",description:"A successful exploit of this vulnerability may result in significant physical or property damage or loss. Or, there may be a significant loss of revenue or productivity."},H:{shortName:"H",value:.5,name:"High",jsonSchemaName:"HIGH",description:"A successful exploit of this vulnerability may result in catastrophic physical or property damage and loss. Or, there may be a catastrophic loss of revenue or productivity."}},s.CDP={name:"Collateral Damage Potential",shortName:"CDP",subCategory:"General Modifiers",description:'This metric measures the potential for loss of life or physical assets resulting from a vulnerability. "None" is the lowest impact and "High" is the highest impact.',values:[a.CDP_VALUES.ND,a.CDP_VALUES.N,a.CDP_VALUES.L,a.CDP_VALUES.LM,a.CDP_VALUES.MH,a.CDP_VALUES.H]},s.TD_VALUES={ND:{shortName:"ND",value:1,name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Assigning this value to the metric will not influence the score. It is a signal to the equation to skip this metric."},N:{shortName:"N",value:0,name:"None",jsonSchemaName:"NONE",description:"There is no (0%) target distribution."},L:{shortName:"L",value:.25,name:"Low",jsonSchemaName:"LOW",description:"There is a small (< 25%) target distribution."},M:{shortName:"M",value:.75,name:"Medium",jsonSchemaName:"MEDIUM",description:"There is a medium (26-75%) target distribution."},H:{shortName:"H",value:1,name:"High",description:"There is a high (> 75%) target distribution."}},s.TD={name:"Target Distribution",shortName:"TD",subCategory:"General Modifiers",description:'This metric measures the proportion of vulnerable systems that could be affected by an attack. It is meant to represent the proportion of vulnerable systems that an attacker can expect to target. "None" is the lowest impact and "High" is the highest impact.',values:[a.TD_VALUES.ND,a.TD_VALUES.N,a.TD_VALUES.L,a.TD_VALUES.M,a.TD_VALUES.H]},s.CR_VALUES={ND:{shortName:"ND",value:1,name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Assigning this value to the metric will not influence the score. It is a signal to the equation to skip this metric."},L:{shortName:"L",value:.5,name:"Low",jsonSchemaName:"LOW",description:"Loss of confidentiality is likely to have only a limited adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)."},M:{shortName:"M",value:1,name:"Medium",jsonSchemaName:"MEDIUM",description:"Loss of confidentiality is likely to have a serious adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)."},H:{shortName:"H",value:1.51,name:"High",jsonSchemaName:"HIGH",description:"Loss of confidentiality is likely to have a catastrophic adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)."}},s.CR={name:"Confidentiality Requirement",shortName:"CR",subCategory:"Modified Requirement (Impact Subscore) Modifiers",description:'This metric measures the need for confidentiality of the vulnerable component to the user. For example, an attacker that exploits a vulnerability that exists on a network boundary and requires no privileges has a low need for the confidentiality of the vulnerable component. Conversely, an attacker that exploits a vulnerability that exists on the same system as the vulnerable component and requires Privileged access to the system in order to exploit it has a high need for confidentiality. "Not Defined" is the lowest impact and "High" is the highest impact.',values:[a.CR_VALUES.ND,a.CR_VALUES.L,a.CR_VALUES.M,a.CR_VALUES.H]},s.IR_VALUES={ND:{shortName:"ND",value:1,name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Assigning this value to the metric will not influence the score. It is a signal to the equation to skip this metric."},L:{shortName:"L",value:.5,name:"Low",jsonSchemaName:"LOW",description:"Loss of integrity is likely to have only a limited adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)."},M:{shortName:"M",value:1,name:"Medium",jsonSchemaName:"MEDIUM",description:"Loss of integrity is likely to have a serious adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)."},H:{shortName:"H",value:1.51,name:"High",jsonSchemaName:"HIGH",description:"Loss of integrity is likely to have a catastrophic adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)."}},s.IR={name:"Integrity Requirement",shortName:"IR",subCategory:"Modified Requirement (Impact Subscore) Modifiers",description:'This metric measures the need for integrity of the vulnerable component to a user. For example, an attacker that exploits a vulnerability that exists on a network boundary and requires no privileges has a low need for the integrity of the vulnerable component. Conversely, an attacker that exploits a vulnerability that exists on the same system as the vulnerable component and requires Privileged access to the system in order to exploit it has a high need for integrity. "Not Defined" is the lowest impact and "High" is the highest impact.',values:[a.IR_VALUES.ND,a.IR_VALUES.L,a.IR_VALUES.M,a.IR_VALUES.H]},s.AR_VALUES={ND:{shortName:"ND",value:1,name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Assigning this value to the metric will not influence the score. It is a signal to the equation to skip this metric."},L:{shortName:"L",value:.5,name:"Low",jsonSchemaName:"LOW",description:"Loss of availability is likely to have only a limited adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)."},M:{shortName:"M",value:1,name:"Medium",jsonSchemaName:"MEDIUM",description:"Loss of availability is likely to have a serious adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)."},H:{shortName:"H",value:1.51,name:"High",jsonSchemaName:"HIGH",description:"Loss of availability is likely to have a catastrophic adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)."}},s.AR={name:"Availability Requirement",shortName:"AR",subCategory:"Modified Requirement (Impact Subscore) Modifiers",description:'This metric measures the need for availability of the vulnerable component to a user. For example, an attacker that exploits a vulnerability that exists on a network boundary and requires no privileges has a low need for the availability of the vulnerable component. Conversely, an attacker that exploits a vulnerability that exists on the same system as the vulnerable component and requires Privileged access to the system in order to exploit it has a high need for availability. "Not Defined" is the lowest impact and "High" is the highest impact.',values:[a.AR_VALUES.ND,a.AR_VALUES.L,a.AR_VALUES.M,a.AR_VALUES.H]},s.ENVIRONMENTAL_CATEGORY_VALUES=[a.CDP,a.TD,a.CR,a.IR,a.AR],s.REGISTERED_COMPONENTS=new Map,a.REGISTERED_COMPONENTS.set(a.BASE_CATEGORY,a.BASE_CATEGORY_VALUES),a.REGISTERED_COMPONENTS.set(a.TEMPORAL_CATEGORY,a.TEMPORAL_CATEGORY_VALUES),a.REGISTERED_COMPONENTS.set(a.ENVIRONMENTAL_CATEGORY,a.ENVIRONMENTAL_CATEGORY_VALUES),s.ATTRIBUTE_SEVERITY_ORDER=i.CvssVector._reorderAttributeSeverityOrder([a.AC_VALUES.ND,a.AV_VALUES.ND,a.Au_VALUES.ND,a.C_VALUES.ND,a.I_VALUES.ND,a.A_VALUES.ND,a.C_VALUES.N,a.I_VALUES.N,a.A_VALUES.N,a.CDP_VALUES.N,a.CDP_VALUES.ND,a.TD_VALUES.N,a.CDP_VALUES.L,a.TD_VALUES.L,a.C_VALUES.P,a.I_VALUES.P,a.A_VALUES.P,a.CDP_VALUES.LM,a.AC_VALUES.H,a.AV_VALUES.L,a.CDP_VALUES.MH,a.Au_VALUES.M,a.CDP_VALUES.H,a.Au_VALUES.S,a.AC_VALUES.M,a.AV_VALUES.A,a.C_VALUES.C,a.I_VALUES.C,a.A_VALUES.C,a.Au_VALUES.N,a.AC_VALUES.L,a.TD_VALUES.M,a.E_VALUES.U,a.RL_VALUES.OF,a.E_VALUES.POC,a.RL_VALUES.TF,a.RL_VALUES.W,a.RC_VALUES.UC,a.AV_VALUES.N,a.E_VALUES.F,a.E_VALUES.H,a.E_VALUES.ND,a.RL_VALUES.U,a.RL_VALUES.ND,a.RC_VALUES.UR,a.RC_VALUES.C,a.RC_VALUES.ND,a.TD_VALUES.H,a.TD_VALUES.ND,a.CR_VALUES.L,a.CR_VALUES.M,a.IR_VALUES.L,a.IR_VALUES.M,a.AR_VALUES.L,a.AR_VALUES.M,a.CR_VALUES.ND,a.IR_VALUES.ND,a.AR_VALUES.ND,a.CR_VALUES.H,a.IR_VALUES.H,a.AR_VALUES.H])},564:(e,t,o)=>{Object.defineProperty(t,"__esModule",{value:!0}),t.applyVectorPartsIfMetricsHigher=t.applyVectorPartsIfMetricsLower=t.fromVector=void 0;const a=o(475),i=o(623),s=o(371),n=o(987),r=o(479),c=o(331),l=o(951),m=o(759),h={"CVSS:2.0":a.Cvss2,"2.0":a.Cvss2,"CVSS:3.0":i.Cvss3P0,"3.0":i.Cvss3P0,"CVSS:3.1":s.Cvss3P1,3.1:s.Cvss3P1,"CVSS:4.0":n.Cvss4P0,"4.0":n.Cvss4P0};function E(e,t,o){if(!t)return 0;const a=e.normalizeVector(t);if(0===a.length)return 0;const i=a.split("/");let s=0;for(const t of i){if(!t)continue;const a=t.split(":",2);if(2===a.length){const t=a[0],i=a[1],n=e.getComponentByStringOpt(t),r=t.startsWith("M"),c=r?t.replace("M",""):t,l=e.getComponentByStringOpt(c),m=r?t:`M${t}`,h=e.getComponentByStringOpt(m),E=(null==n?void 0:n.shortName)||"X",u=e.applyComponentStringSilent(t,i),d=e.getComponentByStringOpt(t);u&&o(n,l,h,d,r)?s++:e.applyComponentStringSilent(t,E)}else console.warn("Unknown vector argument:",t)}return s}function u(e,t,o,a,i){const s=null!=o&&"NOT_DEFINED"!==o.name&&"NULL"!==o.name&&"X"!==o.shortName;return{oldSeverity:d(e,i&&s?o:t),newSeverity:d(e,a)}}function d(e,t){if(!t)return-1;let o=[];if(e instanceof a.Cvss2?o=r.Cvss2Components.ATTRIBUTE_SEVERITY_ORDER:e instanceof i.Cvss3P0?o=c.Cvss3P0Components.ATTRIBUTE_SEVERITY_ORDER:e instanceof s.Cvss3P1?o=l.Cvss3P1Components.ATTRIBUTE_SEVERITY_ORDER:e instanceof n.Cvss4P0&&(o=m.Cvss4P0Components.ATTRIBUTE_SEVERITY_ORDER),0===o.length)return console.warn("Unknown",e.getVectorName(),"severity order list for attribute type:",t),-1;for(let e=0;e<o.length;e++)if(o[e].includes(t))return e;return console.warn("Unknown",e.getVectorName(),"attribute type:",t),-1}t.fromVector=function(e,t=void 0){if(t){const o=h[t];if(o)return new o(e)}const o=h[e];if(o)return new o;for(let t in h){const o=h[t];if(e.startsWith(t))try{return new o(e)}catch(e){}}for(let t in h){const o=h[t];try{return new o(e)}catch(e){}}return null},t.applyVectorPartsIfMetricsLower=function(e,t){return t?E(e,t,((t,o,a,i,s)=>{const n=u(e,o,a,i,s);return n.newSeverity<=n.oldSeverity})):0},t.applyVectorPartsIfMetricsHigher=function(e,t){return t?E(e,t,((t,o,a,i,s)=>{const n=u(e,o,a,i,s);return n.newSeverity>=n.oldSeverity})):0}},623:(e,t,o)=>{Object.defineProperty(t,"__esModule",{value:!0}),t.Cvss3P0=void 0;const a=o(154),i=o(331);class s extends a.CvssVector{constructor(e){super(e)}getRegisteredComponents(){return i.Cvss3P0Components.REGISTERED_COMPONENTS}getVectorPrefix(){return"CVSS:3.0/"}getVectorName(){return"CVSS:3.0"}fillAverageVector(){this.applyVector("AV:N/AC:H/PR:N/UI:N/S:U/C:L/I:L/A:L")}fillRandomBaseVector(){this.fillRandomComponentsForCategory(i.Cvss3P0Components.BASE_CATEGORY)}fillRandomTemporalVector(){this.fillRandomComponentsForCategory(i.Cvss3P0Components.TEMPORAL_CATEGORY)}fillRandomEnvironmentalVector(){this.fillRandomComponentsForCategory(i.Cvss3P0Components.ENVIRONMENTAL_CATEGORY)}fillRandomComponentsForCategory(e){const t=i.Cvss3P0Components.REGISTERED_COMPONENTS.get(e);if(t)for(let e=0;e<t.length;e++){const o=t[e],a=super.pickRandomDefinedComponentValue(o);if(!a)return console.warn("Failed to pick random vector component for",o),void this.fillAverageVector();this.applyComponent(o,a)}else console.warn("Failed to pick random vector components for",e)}calculateScoresInternal(e=!1){const t=this.isBaseFullyDefined(),o=this.isAnyTemporalDefined(),a=this.isAnyEnvironmentalDefined();return{normalized:e,base:t?super.round(this.calculateExactBaseScore(),1):void 0,impact:t?super.normalizeScore(super.round(this.calculateImpactScore(),1),e?6:10):void 0,exploitability:t?super.normalizeScore(super.round(this.calculateExactExploitabilityScore(),1),e?3.9:10):void 0,temporal:t&&o?super.round(this.calculateExactTemporalScore(),1):void 0,environmental:t&&a?super.round(this.calculateExactEnvironmentalScore(),1):void 0,modifiedImpact:t&&a?super.normalizeScore(super.round(Math.max(0,this.calculateExactAdjustedImpactScore()),1),e?6.1:10):void 0,overall:super.round(this.calculateExactOverallScore(),1),vector:this.toString()}}calculateExactBaseScore(){if(!this.isBaseFullyDefined())return 0;let e=this.calculateExactImpactScore();if(e<=0)return 0;let t=this.calculateExactExploitabilityScore();return this.getComponent(i.Cvss3P0Components.S).value?this.roundUp1(Math.min(s.SCOPE_COEFFICIENT*(e+t),10)):this.roundUp1(Math.min(e+t,10))}calculateImpactScore(){const e=this.calculateExactImpactScore();return e<=0?0:e}calculateExactImpactScore(){let e=this.calculateExactISSScore();return this.getComponent(i.Cvss3P0Components.S).value?s.SCOPE_CHANGED_FACTOR*(e-.029)-3.25*Math.pow(e-.02,15):s.SCOPE_UNCHANGED_FACTOR*e}calculateExactISSScore(){return 1-(1-this.getComponent(i.Cvss3P0Components.C).value)*(1-this.getComponent(i.Cvss3P0Components.I).value)*(1-this.getComponent(i.Cvss3P0Components.A).value)}calculateExactMISSScore(){let e,t,o,a,s,n,r=this.getComponent(i.Cvss3P0Components.MC),c=this.getComponent(i.Cvss3P0Components.MI),l=this.getComponent(i.Cvss3P0Components.MA),m=this.getComponent(i.Cvss3P0Components.C),h=this.getComponent(i.Cvss3P0Components.I),E=this.getComponent(i.Cvss3P0Components.A),u=this.getComponent(i.Cvss3P0Components.CR),d=this.getComponent(i.Cvss3P0Components.IR),p=this.getComponent(i.Cvss3P0Components.AR);return e=r===i.Cvss3P0Components.MC.values[0]?m.value:r.value,t=c===i.Cvss3P0Components.MI.values[0]?h.value:c.value,o=l===i.Cvss3P0Components.MA.values[0]?E.value:l.value,i.Cvss3P0Components.CR.values[0],a=u.value,i.Cvss3P0Components.IR.values[0],s=d.value,i.Cvss3P0Components.AR.values[0],n=p.value,Math.min(1-(1-a*e)*(1-s*t)*(1-n*o),.915)}calculateExactExploitabilityScore(){const e=this.getComponent(i.Cvss3P0Components.AV).value,t=this.getComponent(i.Cvss3P0Components.AC).value,o=this.getComponent(i.Cvss3P0Components.UI).value;let a;return a=this.getComponent(i.Cvss3P0Components.S).value?this.getComponent(i.Cvss3P0Components.PR).changedValue:this.getComponent(i.Cvss3P0Components.PR).value,s.EXPLOITABILITY_COEFFICIENT*e*t*a*o}calculateExactTemporalScore(){if(!this.isBaseFullyDefined())return 0;if(!this.isAnyTemporalDefined())return 0;let e=this.getComponent(i.Cvss3P0Components.E).value,t=this.getComponent(i.Cvss3P0Components.RL).value,o=this.getComponent(i.Cvss3P0Components.RC).value,a=this.calculateExactBaseScore();return this.roundUp1(a*e*t*o)}calculateExactEnvironmentalScore(){if(!this.isBaseFullyDefined())return 0;if(!this.isAnyEnvironmentalDefined())return 0;let e=this.calculateExactAdjustedImpactScore();if(e<=0)return 0;let t=this.calculateAdjustedExploitability(),o=this.getComponent(i.Cvss3P0Components.E).value,a=this.getComponent(i.Cvss3P0Components.RL).value,n=this.getComponent(i.Cvss3P0Components.RC).value;if(this.isModifiedScope()){let i=this.roundUp1(Math.min(e+t,10));return this.roundUp1(i*o*a*n)}{let i=this.roundUp1(Math.min(s.SCOPE_COEFFICIENT*(e+t),10));return this.roundUp1(i*o*a*n)}}calculateExactAdjustedImpactScore(){if(!this.isBaseFullyDefined())return 0;if(!this.isAnyEnvironmentalDefined())return 0;let e=this.calculateExactMISSScore();return this.isModifiedScope()?s.SCOPE_UNCHANGED_FACTOR*e:s.SCOPE_CHANGED_FACTOR*(e-.029)-3.25*Math.pow(e-.02,15)}calculateAdjustedExploitability(){let e,t=this.getFirstDefinedComponent([i.Cvss3P0Components.MAV,i.Cvss3P0Components.AV]).value,o=this.getFirstDefinedComponent([i.Cvss3P0Components.MAC,i.Cvss3P0Components.AC]).value,a=this.getFirstDefinedComponent([i.Cvss3P0Components.MUI,i.Cvss3P0Components.UI]).value,n=this.getFirstDefinedComponent([i.Cvss3P0Components.MPR,i.Cvss3P0Components.PR]);return e=this.isModifiedScope()?n.value:n.changedValue,s.EXPLOITABILITY_COEFFICIENT*t*o*e*a}isModifiedScope(){let e=this.getComponent(i.Cvss3P0Components.S),t=this.getComponent(i.Cvss3P0Components.MS);return t===i.Cvss3P0Components.MS.values[0]?!e.value:!t.value}calculateExactOverallScore(){return this.isAnyEnvironmentalDefined()?this.calculateExactEnvironmentalScore():this.isAnyTemporalDefined()?this.calculateExactTemporalScore():this.calculateExactBaseScore()}isBaseFullyDefined(){return super.isCategoryFullyDefined(i.Cvss3P0Components.BASE_CATEGORY)}isTemporalFullyDefined(){return super.isCategoryFullyDefined(i.Cvss3P0Components.TEMPORAL_CATEGORY)}isEnvironmentalFullyDefined(){return super.isCategoryFullyDefined(i.Cvss3P0Components.ENVIRONMENTAL_CATEGORY)}isAnyBaseDefined(){return super.isCategoryPartiallyDefined(i.Cvss3P0Components.BASE_CATEGORY)}isAnyTemporalDefined(){return super.isCategoryPartiallyDefined(i.Cvss3P0Components.TEMPORAL_CATEGORY)}isAnyEnvironmentalDefined(){return super.isCategoryPartiallyDefined(i.Cvss3P0Components.ENVIRONMENTAL_CATEGORY)}roundUp1(e){return Math.ceil(10*e)/10}getJsonSchemaSeverity(e){return 0===e||isNaN(e)?"NONE":e<=3.9?"LOW":e<=6.9?"MEDIUM":e<=8.9?"HIGH":"CRITICAL"}createJsonSchema(){const e=this.calculateScores();return{version:"3.0",vectorString:this.toString(),baseScore:e.base,temporalScore:e.temporal,environmentalScore:e.environmental,baseSeverity:this.getJsonSchemaSeverity(e.base),temporalSeverity:e.temporal?this.getJsonSchemaSeverity(e.temporal):void 0,environmentalSeverity:e.environmental?this.getJsonSchemaSeverity(e.environmental):void 0,attackVector:this.getComponent(i.Cvss3P0Components.AV).jsonSchemaName,attackComplexity:this.getComponent(i.Cvss3P0Components.AC).jsonSchemaName,privilegesRequired:this.getComponent(i.Cvss3P0Components.PR).jsonSchemaName,userInteraction:this.getComponent(i.Cvss3P0Components.UI).jsonSchemaName,scope:this.getComponent(i.Cvss3P0Components.S).jsonSchemaName,confidentialityImpact:this.getComponent(i.Cvss3P0Components.C).jsonSchemaName,integrityImpact:this.getComponent(i.Cvss3P0Components.I).jsonSchemaName,availabilityImpact:this.getComponent(i.Cvss3P0Components.A).jsonSchemaName,exploitCodeMaturity:this.getComponent(i.Cvss3P0Components.E).jsonSchemaName,remediationLevel:this.getComponent(i.Cvss3P0Components.RL).jsonSchemaName,reportConfidence:this.getComponent(i.Cvss3P0Components.RC).jsonSchemaName,confidentialityRequirement:this.getComponent(i.Cvss3P0Components.CR).jsonSchemaName,integrityRequirement:this.getComponent(i.Cvss3P0Components.IR).jsonSchemaName,availabilityRequirement:this.getComponent(i.Cvss3P0Components.AR).jsonSchemaName,modifiedAttackVector:this.getComponent(i.Cvss3P0Components.MAV).jsonSchemaName,modifiedAttackComplexity:this.getComponent(i.Cvss3P0Components.MAC).jsonSchemaName,modifiedPrivilegesRequired:this.getComponent(i.Cvss3P0Components.MPR).jsonSchemaName,modifiedUserInteraction:this.getComponent(i.Cvss3P0Components.MUI).jsonSchemaName,modifiedScope:this.getComponent(i.Cvss3P0Components.MS).jsonSchemaName,modifiedConfidentialityImpact:this.getComponent(i.Cvss3P0Components.MC).jsonSchemaName,modifiedIntegrityImpact:this.getComponent(i.Cvss3P0Components.MI).jsonSchemaName,modifiedAvailabilityImpact:this.getComponent(i.Cvss3P0Components.MA).jsonSchemaName}}}t.Cvss3P0=s,s.SCOPE_CHANGED_FACTOR=7.52,s.SCOPE_UNCHANGED_FACTOR=6.42,s.EXPLOITABILITY_COEFFICIENT=8.22,s.SCOPE_COEFFICIENT=1.08},730:(e,t)=>{Object.defineProperty(t,"__esModule",{value:!0}),t.EQ=void 0;class o{constructor(e,t,o,a){this.highestSeverityVectors=[],this.level=e,this.vectorDepth=t,this.highestSeverityVectorsUnparsed=o,this.predicate=a}getLevel(){return this.level}getLevelAsInt(){return parseInt(this.level)}getVectorDepth(){return this.vectorDepth}getHighestSeverityVectors(){return 0===this.highestSeverityVectors.length&&(this.highestSeverityVectors=this.highestSeverityVectorsUnparsed.map((e=>o.createCvssInstance(e)))),this.highestSeverityVectors}getHighestSeverityVectorsUnparsed(){return this.highestSeverityVectorsUnparsed}matchesConstraints(e){return this.predicate(e)}}t.EQ=o},759:(e,t)=>{Object.defineProperty(t,"__esModule",{value:!0}),t.Cvss4P0Components=void 0;class o{}t.Cvss4P0Components=o,o.VULNERABLE_SYSTEM_CONFIDENTIALITY_BASE_VALUES={X:{shortName:"X",name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Component is not defined."},H:{shortName:"H",name:"High",jsonSchemaName:"HIGH",description:"There is a total loss of confidentiality, resulting in all information within the Vulnerable System being divulged to the attacker. Alternatively, access to only some restricted information is obtained, but the disclosed information presents a direct, serious impact."},L:{shortName:"L",name:"Low",jsonSchemaName:"LOW",description:"There is some loss of confidentiality. Access to some restricted information is obtained, but the attacker does not have control over what information is obtained, or the amount or kind of loss is limited. The information disclosure does not cause a direct, serious loss to the Vulnerable System."},N:{shortName:"N",name:"None",jsonSchemaName:"NONE",description:"There is no loss of confidentiality within the Vulnerable System."}},o.VULNERABLE_SYSTEM_CONFIDENTIALITY_BASE=[o.VULNERABLE_SYSTEM_CONFIDENTIALITY_BASE_VALUES.X,o.VULNERABLE_SYSTEM_CONFIDENTIALITY_BASE_VALUES.H,o.VULNERABLE_SYSTEM_CONFIDENTIALITY_BASE_VALUES.L,o.VULNERABLE_SYSTEM_CONFIDENTIALITY_BASE_VALUES.N],o.VULNERABLE_SYSTEM_INTEGRITY_BASE_VALUES={X:{shortName:"X",name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Component is not defined."},H:{shortName:"H",name:"High",jsonSchemaName:"HIGH",description:"There is a total loss of integrity, or a complete loss of protection. For example, the attacker is able to modify any/all files protected by the Vulnerable System. Alternatively, only some files can be modified, but malicious modification would present a direct, serious consequence to the Vulnerable System."},L:{shortName:"L",name:"Low",jsonSchemaName:"LOW",description:"Modification of data is possible, but the attacker does not have control over the consequence of a modification, or the amount of modification is limited. The data modification does not have a direct, serious impact to the Vulnerable System."},N:{shortName:"N",name:"None",jsonSchemaName:"NONE",description:"There is no loss of integrity within the Vulnerable System."}},o.VULNERABLE_SYSTEM_INTEGRITY_BASE=[o.VULNERABLE_SYSTEM_INTEGRITY_BASE_VALUES.X,o.VULNERABLE_SYSTEM_INTEGRITY_BASE_VALUES.H,o.VULNERABLE_SYSTEM_INTEGRITY_BASE_VALUES.L,o.VULNERABLE_SYSTEM_INTEGRITY_BASE_VALUES.N],o.VULNERABLE_SYSTEM_AVAILABILITY_BASE_VALUES={X:{shortName:"X",name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Component is not defined."},H:{shortName:"H",name:"High",jsonSchemaName:"HIGH",description:"There is a total loss of availability, resulting in the attacker being able to fully deny access to resources in the Vulnerable System; this loss is either sustained (while the attacker continues to deliver the attack) or persistent (the condition persists even after the attack has completed). Alternatively, the attacker has the ability to deny some availability, but the loss of availability presents a direct, serious consequence to the Vulnerable System (e.g., the attacker cannot disrupt existing connections, but can prevent new connections; the attacker can repeatedly exploit a vulnerability that, in each instance of a successful attack, leaks a only small amount of memory, but after repeated exploitation causes a service to become completely unavailable)."},L:{shortName:"L",name:"Low",jsonSchemaName:"LOW",description:"Performance is reduced or there are interruptions in resource availability. Even if repeated exploitation of the vulnerability is possible, the attacker does not have the ability to completely deny service to legitimate users. The resources in the Vulnerable System are either partially available all of the time, or fully available only some of the time, but overall there is no direct, serious consequence to the Vulnerable System."},N:{shortName:"N",name:"None",jsonSchemaName:"NONE",description:"There is no impact to availability within the Vulnerable System."}},o.VULNERABLE_SYSTEM_AVAILABILITY_BASE=[o.VULNERABLE_SYSTEM_AVAILABILITY_BASE_VALUES.X,o.VULNERABLE_SYSTEM_AVAILABILITY_BASE_VALUES.H,o.VULNERABLE_SYSTEM_AVAILABILITY_BASE_VALUES.L,o.VULNERABLE_SYSTEM_AVAILABILITY_BASE_VALUES.N],o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_BASE_VALUES={X:{shortName:"X",name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Component is not defined."},S:{shortName:"S",name:"Safety",jsonSchemaName:"SAFETY",description:"! NOT A VALID VALUE FOR Safety (S), REQUIRED FOR CALCULATION OF SCORE !",hide:!0},H:{shortName:"H",name:"High",jsonSchemaName:"HIGH",description:"There is a total loss of confidentiality, resulting in all resources within the Subsequent System being divulged to the attacker. Alternatively, access to only some restricted information is obtained, but the disclosed information presents a direct, serious impact."},L:{shortName:"L",name:"Low",jsonSchemaName:"LOW",description:"There is some loss of confidentiality. Access to some restricted information is obtained, but the attacker does not have control over what information is obtained, or the amount or kind of loss is limited. The information disclosure does not cause a direct, serious loss to the Subsequent System."},N:{shortName:"N",name:"None",jsonSchemaName:"NONE",description:"There is no loss of confidentiality within the Subsequent System or all confidentiality impact is constrained to the Vulnerable System."}},o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_BASE=[o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_BASE_VALUES.X,o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_BASE_VALUES.S,o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_BASE_VALUES.H,o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_BASE_VALUES.L,o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_BASE_VALUES.N],o.SUBSEQUENT_SYSTEM_INTEGRITY_BASE_VALUES={X:{shortName:"X",name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Component is not defined."},S:{shortName:"S",name:"Safety",jsonSchemaName:"SAFETY",description:"! NOT A VALID VALUE FOR Safety (S), REQUIRED FOR CALCULATION OF SCORE !",hide:!0},H:{shortName:"H",name:"High",jsonSchemaName:"HIGH",description:"There is a total loss of integrity, or a complete loss of protection. For example, the attacker is able to modify any/all files protected by the Subsequent System. Alternatively, only some files can be modified, but malicious modification would present a direct, serious consequence to the Subsequent System."},L:{shortName:"L",name:"Low",jsonSchemaName:"LOW",description:"Modification of data is possible, but the attacker does not have control over the consequence of a modification, or the amount of modification is limited. The data modification does not have a direct, serious impact to the Subsequent System."},N:{shortName:"N",name:"None",jsonSchemaName:"NONE",description:"There is no loss of integrity within the Subsequent System or all integrity impact is constrained to the Vulnerable System."}},o.SUBSEQUENT_SYSTEM_INTEGRITY_BASE=[o.SUBSEQUENT_SYSTEM_INTEGRITY_BASE_VALUES.X,o.SUBSEQUENT_SYSTEM_INTEGRITY_BASE_VALUES.S,o.SUBSEQUENT_SYSTEM_INTEGRITY_BASE_VALUES.H,o.SUBSEQUENT_SYSTEM_INTEGRITY_BASE_VALUES.L,o.SUBSEQUENT_SYSTEM_INTEGRITY_BASE_VALUES.N],o.SUBSEQUENT_SYSTEM_AVAILABILITY_BASE_VALUES={X:{shortName:"X",name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Component is not defined."},S:{shortName:"S",name:"Safety",jsonSchemaName:"SAFETY",description:"! NOT A VALID VALUE FOR Safety (S), REQUIRED FOR CALCULATION OF SCORE !",hide:!0},H:{shortName:"H",name:"High",jsonSchemaName:"HIGH",description:"There is a total loss of availability, resulting in the attacker being able to fully deny access to resources in the Subsequent System; this loss is either sustained (while the attacker continues to deliver the attack) or persistent (the condition persists even after the attack has completed). Alternatively, the attacker has the ability to deny some availability, but the loss of availability presents a direct, serious consequence to the Subsequent System (e.g., the attacker cannot disrupt existing connections, but can prevent new connections; the attacker can repeatedly exploit a vulnerability that, in each instance of a successful attack, leaks a only small amount of memory, but after repeated exploitation causes a service to become completely unavailable)."},L:{shortName:"L",name:"Low",jsonSchemaName:"LOW",description:"Performance is reduced or there are interruptions in resource availability. Even if repeated exploitation of the vulnerability is possible, the attacker does not have the ability to completely deny service to legitimate users. The resources in the Subsequent System are either partially available all of the time, or fully available only some of the time, but overall there is no direct, serious consequence to the Subsequent System."},N:{shortName:"N",name:"None",jsonSchemaName:"NONE",description:"There is no impact to availability within the Subsequent System or all availability impact is constrained to the Vulnerable System."}},o.SUBSEQUENT_SYSTEM_AVAILABILITY_BASE=[o.SUBSEQUENT_SYSTEM_AVAILABILITY_BASE_VALUES.X,o.SUBSEQUENT_SYSTEM_AVAILABILITY_BASE_VALUES.S,o.SUBSEQUENT_SYSTEM_AVAILABILITY_BASE_VALUES.H,o.SUBSEQUENT_SYSTEM_AVAILABILITY_BASE_VALUES.L,o.SUBSEQUENT_SYSTEM_AVAILABILITY_BASE_VALUES.N],o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_MODIFIED_VALUES={X:{shortName:"X",name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Component is not defined."},H:{shortName:"H",name:"High",jsonSchemaName:"HIGH",description:"There is a total loss of confidentiality, resulting in all resources within the Subsequent System being divulged to the attacker. Alternatively, access to only some restricted information is obtained, but the disclosed information presents a direct, serious impact."},L:{shortName:"L",name:"Low",jsonSchemaName:"LOW",description:"There is some loss of confidentiality. Access to some restricted information is obtained, but the attacker does not have control over what information is obtained, or the amount or kind of loss is limited. The information disclosure does not cause a direct, serious loss to the Subsequent System."},N:{shortName:"N",name:"Negligible",abbreviatedName:"Negl.",jsonSchemaName:"NEGLIGIBLE",description:"There is no loss of confidentiality within the Subsequent System or all confidentiality impact is constrained to the Vulnerable System."}},o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_MODIFIED=[o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_MODIFIED_VALUES.X,o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_MODIFIED_VALUES.H,o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_MODIFIED_VALUES.L,o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_MODIFIED_VALUES.N],o.SUBSEQUENT_SYSTEM_INTEGRITY_MODIFIED_VALUES={X:{shortName:"X",name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Component is not defined."},S:{shortName:"S",name:"Safety",jsonSchemaName:"SAFETY",description:'The exploited vulnerability will result in integrity impacts that could cause serious injury or worse (categories of "Marginal" or worse as described in IEC 61508) to a human actor or participant.'},H:{shortName:"H",name:"High",jsonSchemaName:"HIGH",description:"There is a total loss of integrity, or a complete loss of protection. For example, the attacker is able to modify any/all files protected by the Subsequent System. Alternatively, only some files can be modified, but malicious modification would present a direct, serious consequence to the Subsequent System."},L:{shortName:"L",name:"Low",jsonSchemaName:"LOW",description:"Modification of data is possible, but the attacker does not have control over the consequence of a modification, or the amount of modification is limited. The data modification does not have a direct, serious impact to the Subsequent System."},N:{shortName:"N",name:"Negligible",abbreviatedName:"Negl.",jsonSchemaName:"NEGLIGIBLE",description:"There is no loss of integrity within the Subsequent System or all integrity impact is constrained to the Vulnerable System."}},o.SUBSEQUENT_SYSTEM_INTEGRITY_MODIFIED=[o.SUBSEQUENT_SYSTEM_INTEGRITY_MODIFIED_VALUES.X,o.SUBSEQUENT_SYSTEM_INTEGRITY_MODIFIED_VALUES.S,o.SUBSEQUENT_SYSTEM_INTEGRITY_MODIFIED_VALUES.H,o.SUBSEQUENT_SYSTEM_INTEGRITY_MODIFIED_VALUES.L,o.SUBSEQUENT_SYSTEM_INTEGRITY_MODIFIED_VALUES.N],o.SUBSEQUENT_SYSTEM_AVAILABILITY_MODIFIED_VALUES={X:{shortName:"X",name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Component is not defined."},S:{shortName:"S",name:"Safety",jsonSchemaName:"SAFETY",description:'The exploited vulnerability will result in availability impacts that could cause serious injury or worse (categories of "Marginal" or worse as described in IEC 61508) to a human actor or participant.'},H:{shortName:"H",name:"High",jsonSchemaName:"HIGH",description:"There is a total loss of availability, resulting in the attacker being able to fully deny access to resources in the Subsequent System; this loss is either sustained (while the attacker continues to deliver the attack) or persistent (the condition persists even after the attack has completed). Alternatively, the attacker has the ability to deny some availability, but the loss of availability presents a direct, serious consequence to the Subsequent System (e.g., the attacker cannot disrupt existing connections, but can prevent new connections; the attacker can repeatedly exploit a vulnerability that, in each instance of a successful attack, leaks a only small amount of memory, but after repeated exploitation causes a service to become completely unavailable)."},L:{shortName:"L",name:"Low",jsonSchemaName:"LOW",description:"Performance is reduced or there are interruptions in resource availability. Even if repeated exploitation of the vulnerability is possible, the attacker does not have the ability to completely deny service to legitimate users. The resources in the Subsequent System are either partially available all of the time, or fully available only some of the time, but overall there is no direct, serious consequence to the Subsequent System."},N:{shortName:"N",name:"Negligible",abbreviatedName:"Negl.",jsonSchemaName:"NEGLIGIBLE",description:"There is no impact to availability within the Subsequent System or all availability impact is constrained to the Vulnerable System."}},o.SUBSEQUENT_SYSTEM_AVAILABILITY_MODIFIED=[o.SUBSEQUENT_SYSTEM_AVAILABILITY_MODIFIED_VALUES.X,o.SUBSEQUENT_SYSTEM_AVAILABILITY_MODIFIED_VALUES.S,o.SUBSEQUENT_SYSTEM_AVAILABILITY_MODIFIED_VALUES.H,o.SUBSEQUENT_SYSTEM_AVAILABILITY_MODIFIED_VALUES.L,o.SUBSEQUENT_SYSTEM_AVAILABILITY_MODIFIED_VALUES.N],o.REQUIREMENT_CONFIDENTIALITY_MODIFIED_VALUES={X:{shortName:"X",name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Component is not defined."},H:{shortName:"H",name:"High",jsonSchemaName:"HIGH",description:"Loss of Confidentiality is likely to have a catastrophic adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)."},M:{shortName:"M",name:"Medium",jsonSchemaName:"MEDIUM",description:"Loss of Confidentiality is likely to have a serious adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)."},L:{shortName:"L",name:"Low",jsonSchemaName:"LOW",description:"Loss of Confidentiality is likely to have only a limited adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)."}},o.REQUIREMENT_CONFIDENTIALITY_MODIFIED=[o.REQUIREMENT_CONFIDENTIALITY_MODIFIED_VALUES.X,o.REQUIREMENT_CONFIDENTIALITY_MODIFIED_VALUES.H,o.REQUIREMENT_CONFIDENTIALITY_MODIFIED_VALUES.M,o.REQUIREMENT_CONFIDENTIALITY_MODIFIED_VALUES.L],o.REQUIREMENT_INTEGRITY_MODIFIED_VALUES={X:{shortName:"X",name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Component is not defined."},H:{shortName:"H",name:"High",jsonSchemaName:"HIGH",description:"Loss of Integrity is likely to have a catastrophic adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)."},M:{shortName:"M",name:"Medium",jsonSchemaName:"MEDIUM",description:"Loss of Integrity is likely to have a serious adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)."},L:{shortName:"L",name:"Low",jsonSchemaName:"LOW",description:"Loss of Integrity is likely to have only a limited adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)."}},o.REQUIREMENT_INTEGRITY_MODIFIED=[o.REQUIREMENT_INTEGRITY_MODIFIED_VALUES.X,o.REQUIREMENT_INTEGRITY_MODIFIED_VALUES.H,o.REQUIREMENT_INTEGRITY_MODIFIED_VALUES.M,o.REQUIREMENT_INTEGRITY_MODIFIED_VALUES.L],o.REQUIREMENT_AVAILABILITY_MODIFIED_VALUES={X:{shortName:"X",name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Component is not defined."},H:{shortName:"H",name:"High",jsonSchemaName:"HIGH",description:"Loss of Availability is likely to have a catastrophic adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)."},M:{shortName:"M",name:"Medium",jsonSchemaName:"MEDIUM",description:"Loss of Availability is likely to have a serious adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)."},L:{shortName:"L",name:"Low",jsonSchemaName:"LOW",description:"Loss of Availability is likely to have only a limited adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)."}},o.REQUIREMENT_AVAILABILITY_MODIFIED=[o.REQUIREMENT_AVAILABILITY_MODIFIED_VALUES.X,o.REQUIREMENT_AVAILABILITY_MODIFIED_VALUES.H,o.REQUIREMENT_AVAILABILITY_MODIFIED_VALUES.M,o.REQUIREMENT_AVAILABILITY_MODIFIED_VALUES.L],o.AV_VALUES={X:{shortName:"X",name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Not Defined"},N:{shortName:"N",name:"Network",jsonSchemaName:"NETWORK",description:"The vulnerable system is bound to the network stack and the set of possible attackers extends beyond the other options listed below, up to and including the entire Internet. Such a vulnerability is often termed “remotely exploitable” and can be thought of as an attack being exploitable at the protocol level one or more network hops away (e.g., across one or more routers). An example of a network attack is an attacker causing a denial of service (DoS) by sending a specially crafted TCP packet across a wide area network."},A:{shortName:"A",name:"Adjacent Network",abbreviatedName:"Adj. Network",jsonSchemaName:"ADJACENT",description:"The vulnerable system is bound to a protocol stack, but the attack is limited at the protocol level to a logically adjacent topology. This can mean an attack must be launched from the same shared proximity (e.g., Bluetooth, NFC, or IEEE 802.11) or logical network (e.g., local IP subnet), or from within a secure or otherwise limited administrative domain (e.g., MPLS, secure VPN within an administrative network zone). One example of an Adjacent attack would be an ARP (IPv4) or neighbor discovery (IPv6) flood leading to a denial of service on the local LAN segment."},L:{shortName:"L",name:"Local",jsonSchemaName:"LOCAL",description:"The vulnerable system is not bound to the network stack and the attacker’s path is via read/write/execute capabilities. Either: the attacker exploits the vulnerability by accessing the target system locally (e.g., keyboard, console), or through terminal emulation (e.g., SSH); or the attacker relies on User Interaction by another person to perform actions required to exploit the vulnerability (e.g., using social engineering techniques to trick a legitimate user into opening a malicious document)."},P:{shortName:"P",name:"Physical",abbreviatedName:"Phys.",jsonSchemaName:"PHYSICAL",description:"The attack requires the attacker to physically touch or manipulate the vulnerable system. Physical interaction may be brief (e.g., evil maid attack) or persistent. An example of such an attack is a cold boot attack in which an attacker gains access to disk encryption keys after physically accessing the target system. Other examples include peripheral attacks via FireWire/USB Direct Memory Access (DMA)."}},o.AV={name:"Attack Vector",shortName:"AV",subCategory:"Exploitability Metrics",description:"This metric reflects the context by which vulnerability exploitation is possible.",values:[o.AV_VALUES.X,o.AV_VALUES.N,o.AV_VALUES.A,o.AV_VALUES.L,o.AV_VALUES.P],worseCaseValue:o.AV_VALUES.N},o.AC_VALUES={X:{shortName:"X",name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Not Defined"},L:{shortName:"L",name:"Low",jsonSchemaName:"LOW",description:"The attacker must take no measurable action to exploit the vulnerability. The attack requires no target-specific circumvention to exploit the vulnerability. An attacker can expect repeatable success against the vulnerable system."},H:{shortName:"H",name:"High",jsonSchemaName:"HIGH",description:"successful attack depends on the evasion or circumvention of security-enhancing techniques in place that would otherwise hinder the attack. The attacker must have additional methods available to bypass security measures in place."}},o.AC={name:"Attack Complexity",shortName:"AC",subCategory:"Exploitability Metrics",description:"This metric captures measurable actions that the attacker must take to evade or circumvent built-in security-enhancing conditions in order to obtain a working exploit.",values:[o.AC_VALUES.X,o.AC_VALUES.L,o.AC_VALUES.H],worseCaseValue:o.AC_VALUES.L},o.AT_VALUES={X:{shortName:"X",name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Not Defined"},N:{shortName:"N",name:"None",jsonSchemaName:"NONE",description:"The successful attack does not depend on the deployment and execution conditions of the vulnerable system. The attacker can expect to be able to reach the vulnerability and execute the exploit under all or most instances of the vulnerability."},P:{shortName:"P",name:"Present",jsonSchemaName:"PRESENT",description:"The successful attack depends on the presence of specific deployment and execution conditions of the vulnerable system that enable the attack. The successfulness of the attack is conditioned on execution conditions that are not under full control of the attacker. The attack may need to be launched multiple times against a single target before being successful. Network injection. The attacker must inject themselves into the logical network path between the target and the resource requested by the victim (e.g. vulnerabilities requiring an on-path attacker)."}},o.AT={name:"Attack Requirements",shortName:"AT",subCategory:"Exploitability Metrics",description:"This metric captures the prerequisite deployment and execution conditions or variables of the vulnerable system that enable the attack.",values:[o.AT_VALUES.X,o.AT_VALUES.N,o.AT_VALUES.P],worseCaseValue:o.AT_VALUES.N},o.PR_VALUES={X:{shortName:"X",name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Not Defined"},N:{shortName:"N",name:"None",jsonSchemaName:"NONE",description:"The attacker is unauthenticated prior to attack, and therefore does not require any access to settings or files of the vulnerable system to carry out an attack."},L:{shortName:"L",name:"Low",jsonSchemaName:"LOW",description:"The attacker requires privileges that provide basic capabilities that are typically limited to settings and resources owned by a single low-privileged user. Alternatively, an attacker with Low privileges has the ability to access only non-sensitive resources."},H:{shortName:"H",name:"High",jsonSchemaName:"HIGH",description:"The attacker requires privileges that provide significant (e.g., administrative) control over the vulnerable system allowing full access to the vulnerable system’s settings and files."}},o.PR={name:"Privileges Required",shortName:"PR",subCategory:"Exploitability Metrics",description:"This metric describes the level of privileges an attacker must possess prior to successfully exploiting the vulnerability.",values:[o.PR_VALUES.X,o.PR_VALUES.N,o.PR_VALUES.L,o.PR_VALUES.H],worseCaseValue:o.PR_VALUES.N},o.UI_VALUES={X:{shortName:"X",name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Not Defined"},N:{shortName:"N",name:"None",jsonSchemaName:"NONE",description:"The vulnerable system can be exploited without interaction from any human user, other than the attacker. Examples include: a remote attacker is able to send packets to a target system a locally authenticated attacker executes code to elevate privileges"},P:{shortName:"P",name:"Passive",jsonSchemaName:"PASSIVE",description:"Successful exploitation of this vulnerability requires limited interaction by the targeted user with the vulnerable system and the attacker’s payload. These interactions would be considered involuntary and do not require that the user actively subvert protections built into the vulnerable system."},A:{shortName:"A",name:"Active",jsonSchemaName:"ACTIVE",description:"Successful exploitation of this vulnerability requires a targeted user to perform specific, conscious interactions with the vulnerable system and the attacker’s payload, or the user’s interactions would actively subvert protection mechanisms which would lead to exploitation of the vulnerability."}},o.UI={name:"User Interaction",shortName:"UI",subCategory:"Exploitability Metrics",description:"This metric captures the requirement for a human user, other than the attacker, to participate in the successful compromise of the vulnerable system.",values:[o.UI_VALUES.X,o.UI_VALUES.N,o.UI_VALUES.P,o.UI_VALUES.A],worseCaseValue:o.UI_VALUES.N},o.VC={name:"Confidentiality",shortName:"VC",subCategory:"Vulnerable System Impact",description:"This metric measures the impact to the confidentiality of the information managed by the Vulnerable System due to a successfully exploited vulnerability.",values:o.VULNERABLE_SYSTEM_CONFIDENTIALITY_BASE,worseCaseValue:o.VULNERABLE_SYSTEM_CONFIDENTIALITY_BASE_VALUES.H},o.VI={name:"Integrity",shortName:"VI",subCategory:"Vulnerable System Impact",description:"This metric measures the impact to the integrity of the Vulnerable System due to a successfully exploited vulnerability.",values:o.VULNERABLE_SYSTEM_INTEGRITY_BASE,worseCaseValue:o.VULNERABLE_SYSTEM_INTEGRITY_BASE_VALUES.H},o.VA={name:"Availability",shortName:"VA",subCategory:"Vulnerable System Impact",description:"This metric measures the impact to the availability of the Vulnerable System due to a successfully exploited vulnerability.",values:o.VULNERABLE_SYSTEM_AVAILABILITY_BASE,worseCaseValue:o.VULNERABLE_SYSTEM_AVAILABILITY_BASE_VALUES.H},o.SC={name:"Confidentiality",shortName:"SC",subCategory:"Subsequent System Impact",description:"This metric measures the impact to the confidentiality of information managed by a system other than the Vulnerable System as a consequence of a successfully exploited vulnerability.",values:o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_BASE,worseCaseValue:o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_BASE_VALUES.H},o.SI={name:"Integrity",shortName:"SI",subCategory:"Subsequent System Impact",description:"This metric measures the impact to the integrity of a system other than the Vulnerable System as a consequence of a successfully exploited vulnerability.",values:o.SUBSEQUENT_SYSTEM_INTEGRITY_BASE,worseCaseValue:o.SUBSEQUENT_SYSTEM_INTEGRITY_BASE_VALUES.H},o.SA={name:"Availability",shortName:"SA",subCategory:"Subsequent System Impact",description:"This metric measures the impact to the availability of a system other than the Vulnerable System as a consequence of a successfully exploited vulnerability.",values:o.SUBSEQUENT_SYSTEM_AVAILABILITY_BASE,worseCaseValue:o.SUBSEQUENT_SYSTEM_AVAILABILITY_BASE_VALUES.H},o.S_VALUES={X:{shortName:"X",name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"The metric has not been evaluated."},N:{shortName:"N",name:"Negligible",abbreviatedName:"Negl.",jsonSchemaName:"NEGLIGIBLE",description:'Consequences of the vulnerability meet definition of IEC 61508 consequence categories of "marginal," "critical," or "catastrophic."'},P:{shortName:"P",name:"Present",jsonSchemaName:"PRESENT",description:'Consequences of the vulnerability meet definition of IEC 61508 consequence category "negligible."'}},o.S={name:"Safety",shortName:"S",description:"This supplemental metric captures Safety impacts of a vulnerability when the affected system has an intended use or fitness of purpose aligned to safety.",values:[o.S_VALUES.X,o.S_VALUES.N,o.S_VALUES.P],worseCaseValue:o.S_VALUES.P},o.AU_VALUES={X:{shortName:"X",name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"The metric has not been evaluated."},N:{shortName:"N",name:"No",jsonSchemaName:"NO",description:"Attackers cannot reliably automate all 4 steps of the kill chain for this vulnerability for some reason. These steps are reconnaissance, weaponization, delivery, and exploitation."},Y:{shortName:"Y",name:"Yes",jsonSchemaName:"YES",description:"Attackers can reliably automate all 4 steps of the kill chain. These steps are reconnaissance, weaponization, delivery, and exploitation (e.g., the vulnerability is “wormable”)."}},o.AU={name:"Automatable",shortName:"AU",description:"This supplemental metric captures whether an attacker can reliably automate exploitation of this vulnerability across multiple targets, based on the first four steps of the kill chain (reconnaissance, weaponization, delivery, and exploitation).",values:[o.AU_VALUES.X,o.AU_VALUES.N,o.AU_VALUES.Y],worseCaseValue:o.AU_VALUES.Y},o.R_VALUES={X:{shortName:"X",name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"The metric has not been evaluated."},A:{shortName:"A",name:"Automatic",abbreviatedName:"Automat.",jsonSchemaName:"AUTOMATIC",description:"The system recovers services automatically after an attack has been performed."},U:{shortName:"U",name:"User",jsonSchemaName:"USER",description:"The system requires manual intervention by the user to recover services, after an attack has been performed."},I:{shortName:"I",name:"Irrecoverable",abbreviatedName:"Irrecov.",jsonSchemaName:"IRRECOVERABLE",description:"The system services are irrecoverable by the user, after an attack has been performed."}},o.R={name:"Recovery",shortName:"R",description:"This supplemental metric describes the resilience of a system to recover services, in terms of performance and availability, after an attack has been performed.",values:[o.R_VALUES.X,o.R_VALUES.A,o.R_VALUES.U,o.R_VALUES.I],worseCaseValue:o.R_VALUES.I},o.V_VALUES={X:{shortName:"X",name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"The metric has not been evaluated."},D:{shortName:"D",name:"Diffuse",jsonSchemaName:"DIFFUSE",description:"The vulnerable system has limited resources. That is, the resources that the attacker will gain control over with a single exploitation event are relatively small. An example of Diffuse (think: limited) Value Density would be an attack on a single email client vulnerability."},C:{shortName:"C",name:"Concentrated",abbreviatedName:"Concentr.",jsonSchemaName:"CONCENTRATED",description:"The vulnerable system is rich in resources. Heuristically, such systems are often the direct responsibility of “system operators” rather than users. An example of Concentrated (think: broad) Value Density would be an attack on a central email server."}},o.V={name:"Value Density",shortName:"V",description:"This supplemental metric describes the resources that the attacker will gain control over with a single exploitation event.",values:[o.V_VALUES.X,o.V_VALUES.D,o.V_VALUES.C],worseCaseValue:o.V_VALUES.C},o.RE_VALUES={X:{shortName:"X",name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"The metric has not been evaluated."},L:{shortName:"L",name:"Low",jsonSchemaName:"LOW",description:"The effort required to respond to a vulnerability is low/trivial. Examples include: communication on better documentation, configuration workarounds, or guidance from the vendor that does not require an immediate update, upgrade, or replacement by the consuming entity, such as firewall filter configuration."},M:{shortName:"M",name:"Moderate",abbreviatedName:"Moder.",jsonSchemaName:"MODERATE",description:"The actions required to respond to a vulnerability require some effort on behalf of the consumer and could cause minimal service impact to implement. Examples include: simple remote update, disabling of a subsystem, or a low-touch software upgrade such as a driver update."},H:{shortName:"H",name:"High",jsonSchemaName:"HIGH",description:"The actions required to respond to a vulnerability are significant and/or difficult, and may possibly lead to an extended, scheduled service impact. This would need to be considered for scheduling purposes including honoring any embargo on deployment of the selected response. Alternatively, response to the vulnerability in the field is not possible remotely. The only resolution to the vulnerability involves physical replacement (e.g. units deployed would have to be recalled for a depot level repair or replacement)."}},o.RE={name:"Vulnerability Response Effort",shortName:"RE",description:"This supplemental metric provides supplemental information on how difficult it is for consumers to provide an initial response to the impact of a vulnerability for deployed products and services in their infrastructure.",values:[o.RE_VALUES.X,o.RE_VALUES.L,o.RE_VALUES.M,o.RE_VALUES.H],worseCaseValue:o.RE_VALUES.H},o.U_VALUES={X:{shortName:"X",name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"The metric has not been evaluated."},Clear:{shortName:"Clear",name:"Clear",jsonSchemaName:"CLEAR",description:"Provider has assessed the impact of this vulnerability as having the highest urgency."},Green:{shortName:"Green",name:"Green",jsonSchemaName:"GREEN",description:"Provider has assessed the impact of this vulnerability as having a moderate urgency."},Amber:{shortName:"Amber",name:"Amber",jsonSchemaName:"AMBER",description:"Provider has assessed the impact of this vulnerability as having a reduced urgency."},Red:{shortName:"Red",name:"Red",jsonSchemaName:"RED",description:"Provider has assessed the impact of this vulnerability as having no urgency (Informational)."}},o.U={name:"Provider Urgency",shortName:"U",description:"This supplemental metric provides a standardized way for the system provider to convey a qualitative urgency rating (Clear, Green, Amber, Red) for the vulnerability.",values:[o.U_VALUES.X,o.U_VALUES.Clear,o.U_VALUES.Green,o.U_VALUES.Amber,o.U_VALUES.Red],worseCaseValue:o.U_VALUES.Red},o.MAV={name:"Modified Attack Vector",shortName:"MAV",subCategory:"Exploitability Metrics",description:"Overrides the Base Attack Vector metric to reflect specific characteristics of the analyst's environment.",baseMetricEquivalent:o.AV,values:o.AV.values,worseCaseValue:o.AV_VALUES.N},o.MAC={name:"Modified Attack Complexity",shortName:"MAC",subCategory:"Exploitability Metrics",description:"Overrides the Base Attack Complexity metric to reflect specific characteristics of the analyst's environment.",baseMetricEquivalent:o.AC,values:o.AC.values,worseCaseValue:o.AC_VALUES.L},o.MAT={name:"Modified Attack Requirements",shortName:"MAT",subCategory:"Exploitability Metrics",description:"Overrides the Base Attack Requirements metric to reflect specific characteristics of the analyst's environment.",baseMetricEquivalent:o.AT,values:o.AT.values,worseCaseValue:o.AT_VALUES.P},o.MPR={name:"Modified Privileges Required",shortName:"MPR",subCategory:"Exploitability Metrics",description:"Overrides the Base Privileges Required metric to reflect specific characteristics of the analyst's environment.",baseMetricEquivalent:o.PR,values:o.PR.values,worseCaseValue:o.PR_VALUES.N},o.MUI={name:"Modified User Interaction",shortName:"MUI",subCategory:"Exploitability Metrics",description:"Overrides the Base User Interaction metric to reflect specific characteristics of the analyst's environment.",baseMetricEquivalent:o.UI,values:o.UI.values,worseCaseValue:o.UI_VALUES.N},o.MVC={name:"Modified Confidentiality",shortName:"MVC",subCategory:"Vulnerable System Impact",description:"Overrides the Base Vulnerable System Confidentiality metric to reflect specific characteristics of the analyst's environment.",baseMetricEquivalent:o.VC,values:o.VULNERABLE_SYSTEM_CONFIDENTIALITY_BASE,worseCaseValue:o.VULNERABLE_SYSTEM_CONFIDENTIALITY_BASE_VALUES.H},o.MVI={name:"Modified Integrity",shortName:"MVI",subCategory:"Vulnerable System Impact",description:"Overrides the Base Vulnerable System Integrity metric to reflect specific characteristics of the analyst's environment.",baseMetricEquivalent:o.VI,values:o.VULNERABLE_SYSTEM_INTEGRITY_BASE,worseCaseValue:o.VULNERABLE_SYSTEM_INTEGRITY_BASE_VALUES.H},o.MVA={name:"Modified Availability",shortName:"MVA",subCategory:"Vulnerable System Impact",description:"Overrides the Base Vulnerable System Availability metric to reflect specific characteristics of the analyst's environment.",baseMetricEquivalent:o.VA,values:o.VULNERABLE_SYSTEM_AVAILABILITY_BASE,worseCaseValue:o.VULNERABLE_SYSTEM_AVAILABILITY_BASE_VALUES.H},o.MSC={name:"Modified Confidentiality",shortName:"MSC",subCategory:"Subsequent System Impact",description:"Overrides the Base Subsequent System Confidentiality metric to reflect specific characteristics of the analyst's environment.",baseMetricEquivalent:o.SC,values:o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_MODIFIED,worseCaseValue:o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_MODIFIED_VALUES.H},o.MSI={name:"Modified Integrity",shortName:"MSI",subCategory:"Subsequent System Impact",description:"Overrides the Base Subsequent System Integrity metric to reflect specific characteristics of the analyst's environment.",baseMetricEquivalent:o.SI,baseMetricEquivalentMapper:e=>e===o.SUBSEQUENT_SYSTEM_INTEGRITY_MODIFIED_VALUES.S?o.SUBSEQUENT_SYSTEM_INTEGRITY_MODIFIED_VALUES.H:e,values:o.SUBSEQUENT_SYSTEM_INTEGRITY_MODIFIED,worseCaseValue:o.SUBSEQUENT_SYSTEM_INTEGRITY_MODIFIED_VALUES.H},o.MSA={name:"Modified Availability",shortName:"MSA",subCategory:"Subsequent System Impact",description:"Overrides the Base Subsequent System Availability metric to reflect specific characteristics of the analyst's environment.",baseMetricEquivalent:o.SA,baseMetricEquivalentMapper:e=>e===o.SUBSEQUENT_SYSTEM_AVAILABILITY_MODIFIED_VALUES.S?o.SUBSEQUENT_SYSTEM_AVAILABILITY_MODIFIED_VALUES.H:e,values:o.SUBSEQUENT_SYSTEM_AVAILABILITY_MODIFIED,worseCaseValue:o.SUBSEQUENT_SYSTEM_AVAILABILITY_MODIFIED_VALUES.H},o.CR={name:"Confidentiality Requirement",shortName:"CR",description:"This metric enables the consumer to customize the assessment depending on the importance of Confidentiality to the affected IT asset within the analyst's organization.",values:o.REQUIREMENT_CONFIDENTIALITY_MODIFIED,worseCaseValue:o.REQUIREMENT_CONFIDENTIALITY_MODIFIED_VALUES.H},o.IR={name:"Integrity Requirement",shortName:"IR",description:"This metric enables the consumer to customize the assessment depending on the importance of Integrity to the affected IT asset within the analyst's organization.",values:o.REQUIREMENT_INTEGRITY_MODIFIED,worseCaseValue:o.REQUIREMENT_INTEGRITY_MODIFIED_VALUES.H},o.AR={name:"Availability Requirement",shortName:"AR",description:"This metric enables the consumer to customize the assessment depending on the importance of Availability to the affected IT asset within the analyst's organization.",values:o.REQUIREMENT_AVAILABILITY_MODIFIED,worseCaseValue:o.REQUIREMENT_AVAILABILITY_MODIFIED_VALUES.H},o.E_VALUES={X:{shortName:"X",name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Reliable threat intelligence is not available to determine Exploit Maturity characteristics. This is the default value and is equivalent to Attacked (A) for the purposes of the calculation of the score by assuming the worst case."},A:{shortName:"A",name:"Attacked",jsonSchemaName:"ATTACKED",description:"Based on available threat intelligence either of the following must apply: Attacks targeting this vulnerability (attempted or successful) have been reported Solutions to simplify attempts to exploit the vulnerability are publicly or privately available (such as exploit toolkits)"},P:{shortName:"P",name:"POC",jsonSchemaName:"PROOF_OF_CONCEPT",description:"Based on available threat intelligence each of the following must apply: Proof-of-concept exploit code is publicly available No knowledge of reported attempts to exploit this vulnerability No knowledge of publicly available solutions used to simplify attempts to exploit the vulnerability (i.e., the “Attacked” value does not apply)"},U:{shortName:"U",name:"Unreported",jsonSchemaName:"UNREPORTED",description:"Based on available threat intelligence each of the following must apply: No knowledge of publicly available proof-of-concept exploit code No knowledge of reported attempts to exploit this vulnerability No knowledge of publicly available solutions used to simplify attempts to exploit the vulnerability (i.e., neither the “POC” nor “Attacked” values apply)"}},o.E={name:"Exploit Maturity",shortName:"E",description:"This metric measures the likelihood of the vulnerability being attacked, and is based on the current state of exploit techniques, exploit code availability, or active in-the-wild exploitation.",values:[o.E_VALUES.X,o.E_VALUES.A,o.E_VALUES.P,o.E_VALUES.U],worseCaseValue:o.E_VALUES.A},o.BASE_CATEGORY={name:"base",description:"Base Metrics"},o.SUPPLEMENTAL_CATEGORY={name:"supplemental",description:"Supplemental Metrics"},o.ENVIRONMENTAL_MODIFIED_BASE_CATEGORY={name:"environmental-base",description:"Environmental Metrics (Modified Base)"},o.ENVIRONMENTAL_SECURITY_REQUIREMENT_CATEGORY={name:"environmental-security-requirement",description:"Environmental Metrics (Security Requirements)"},o.THREAT_CATEGORY={name:"threat",description:"Threat Metrics"},o.BASE_CATEGORY_VALUES=[o.AV,o.AC,o.AT,o.PR,o.UI,o.VC,o.VI,o.VA,o.SC,o.SI,o.SA],o.SUPPLEMENTAL_CATEGORY_VALUES=[o.S,o.AU,o.R,o.V,o.RE,o.U],o.ENVIRONMENTAL_MODIFIED_BASE_CATEGORY_VALUES=[o.MAV,o.MAC,o.MAT,o.MPR,o.MUI,o.MVC,o.MVI,o.MVA,o.MSC,o.MSI,o.MSA],o.ENVIRONMENTAL_SECURITY_REQUIREMENT_CATEGORY_VALUES=[o.CR,o.IR,o.AR],o.THREAT_CATEGORY_VALUES=[o.E],o.REGISTERED_COMPONENTS_EDITOR_ORDER=new Map,o.REGISTERED_COMPONENTS_VECTOR_STRING_ORDER=new Map,o.REGISTERED_COMPONENTS_EDITOR_ORDER.set(o.BASE_CATEGORY,o.BASE_CATEGORY_VALUES),o.REGISTERED_COMPONENTS_EDITOR_ORDER.set(o.SUPPLEMENTAL_CATEGORY,o.SUPPLEMENTAL_CATEGORY_VALUES),o.REGISTERED_COMPONENTS_EDITOR_ORDER.set(o.ENVIRONMENTAL_MODIFIED_BASE_CATEGORY,o.ENVIRONMENTAL_MODIFIED_BASE_CATEGORY_VALUES),o.REGISTERED_COMPONENTS_EDITOR_ORDER.set(o.ENVIRONMENTAL_SECURITY_REQUIREMENT_CATEGORY,o.ENVIRONMENTAL_SECURITY_REQUIREMENT_CATEGORY_VALUES),o.REGISTERED_COMPONENTS_EDITOR_ORDER.set(o.THREAT_CATEGORY,o.THREAT_CATEGORY_VALUES),o.REGISTERED_COMPONENTS_VECTOR_STRING_ORDER.set(o.BASE_CATEGORY,o.BASE_CATEGORY_VALUES),o.REGISTERED_COMPONENTS_VECTOR_STRING_ORDER.set(o.THREAT_CATEGORY,o.THREAT_CATEGORY_VALUES),o.REGISTERED_COMPONENTS_VECTOR_STRING_ORDER.set(o.ENVIRONMENTAL_SECURITY_REQUIREMENT_CATEGORY,o.ENVIRONMENTAL_SECURITY_REQUIREMENT_CATEGORY_VALUES),o.REGISTERED_COMPONENTS_VECTOR_STRING_ORDER.set(o.ENVIRONMENTAL_MODIFIED_BASE_CATEGORY,o.ENVIRONMENTAL_MODIFIED_BASE_CATEGORY_VALUES),o.REGISTERED_COMPONENTS_VECTOR_STRING_ORDER.set(o.SUPPLEMENTAL_CATEGORY,o.SUPPLEMENTAL_CATEGORY_VALUES),o.MV_LOOKUP={"000000":10,"000001":9.9,"000010":9.8,"000011":9.5,"000020":9.5,"000021":9.2,"000100":10,"000101":9.6,"000110":9.3,"000111":8.7,"000120":9.1,"000121":8.1,"000200":9.3,"000201":9,"000210":8.9,"000211":8,"000220":8.1,"000221":6.8,"001000":9.8,"001001":9.5,"001010":9.5,"001011":9.2,"001020":9,"001021":8.4,"001100":9.3,"001101":9.2,"001110":8.9,"001111":8.1,"001120":8.1,"001121":6.5,"001200":8.8,"001201":8,"001210":7.8,"001211":7,"001220":6.9,"001221":4.8,"002001":9.2,"002011":8.2,"002021":7.2,"002101":7.9,"002111":6.9,"002121":5,"002201":6.9,"002211":5.5,"002221":2.7,"010000":9.9,"010001":9.7,"010010":9.5,"010011":9.2,"010020":9.2,"010021":8.5,"010100":9.5,"010101":9.1,"010110":9,"010111":8.3,"010120":8.4,"010121":7.1,"010200":9.2,"010201":8.1,"010210":8.2,"010211":7.1,"010220":7.2,"010221":5.3,"011000":9.5,"011001":9.3,"011010":9.2,"011011":8.5,"011020":8.5,"011021":7.3,"011100":9.2,"011101":8.2,"011110":8,"011111":7.2,"011120":7,"011121":5.9,"011200":8.4,"011201":7,"011210":7.1,"011211":5.2,"011220":5,"011221":3,"012001":8.6,"012011":7.5,"012021":5.2,"012101":7.1,"012111":5.2,"012121":2.9,"012201":6.3,"012211":2.9,"012221":1.7,1e5:9.8,100001:9.5,100010:9.4,100011:8.7,100020:9.1,100021:8.1,100100:9.4,100101:8.9,100110:8.6,100111:7.4,100120:7.7,100121:6.4,100200:8.7,100201:7.5,100210:7.4,100211:6.3,100220:6.3,100221:4.9,101e3:9.4,101001:8.9,101010:8.8,101011:7.7,101020:7.6,101021:6.7,101100:8.6,101101:7.6,101110:7.4,101111:5.8,101120:5.9,101121:5,101200:7.2,101201:5.7,101210:5.7,101211:5.2,101220:5.2,101221:2.5,102001:8.3,102011:7,102021:5.4,102101:6.5,102111:5.8,102121:2.6,102201:5.3,102211:2.1,102221:1.3,11e4:9.5,110001:9,110010:8.8,110011:7.6,110020:7.6,110021:7,110100:9,110101:7.7,110110:7.5,110111:6.2,110120:6.1,110121:5.3,110200:7.7,110201:6.6,110210:6.8,110211:5.9,110220:5.2,110221:3,111e3:8.9,111001:7.8,111010:7.6,111011:6.7,111020:6.2,111021:5.8,111100:7.4,111101:5.9,111110:5.7,111111:5.7,111120:4.7,111121:2.3,111200:6.1,111201:5.2,111210:5.7,111211:2.9,111220:2.4,111221:1.6,112001:7.1,112011:5.9,112021:3,112101:5.8,112111:2.6,112121:1.5,112201:2.3,112211:1.3,112221:.6,2e5:9.3,200001:8.7,200010:8.6,200011:7.2,200020:7.5,200021:5.8,200100:8.6,200101:7.4,200110:7.4,200111:6.1,200120:5.6,200121:3.4,200200:7,200201:5.4,200210:5.2,200211:4,200220:4,200221:2.2,201e3:8.5,201001:7.5,201010:7.4,201011:5.5,201020:6.2,201021:5.1,201100:7.2,201101:5.7,201110:5.5,201111:4.1,201120:4.6,201121:1.9,201200:5.3,201201:3.6,201210:3.4,201211:1.9,201220:1.9,201221:.8,202001:6.4,202011:5.1,202021:2,202101:4.7,202111:2.1,202121:1.1,202201:2.4,202211:.9,202221:.4,21e4:8.8,210001:7.5,210010:7.3,210011:5.3,210020:6,210021:5,210100:7.3,210101:5.5,210110:5.9,210111:4,210120:4.1,210121:2,210200:5.4,210201:4.3,210210:4.5,210211:2.2,210220:2,210221:1.1,211e3:7.5,211001:5.5,211010:5.8,211011:4.5,211020:4,211021:2.1,211100:6.1,211101:5.1,211110:4.8,211111:1.8,211120:2,211121:.9,211200:4.6,211201:1.8,211210:1.7,211211:.7,211220:.8,211221:.2,212001:5.3,212011:2.4,212021:1.4,212101:2.4,212111:1.2,212121:.5,212201:1,212211:.3,212221:.1},o.ATTRIBUTE_SEVERITY_ORDER=[[o.AT_VALUES.P,o.AT_VALUES.P],[o.AT_VALUES.N,o.AT_VALUES.N],[o.AT_VALUES.X,o.AT_VALUES.X],[o.S_VALUES.X],[o.S_VALUES.N],[o.S_VALUES.P],[o.AU_VALUES.X],[o.AU_VALUES.N],[o.AU_VALUES.Y],[o.V_VALUES.X],[o.V_VALUES.D],[o.V_VALUES.C],[o.AC_VALUES.H,o.AC_VALUES.H],[o.AC_VALUES.L,o.AC_VALUES.L],[o.AC_VALUES.X,o.AC_VALUES.X],[o.PR_VALUES.H,o.PR_VALUES.H],[o.PR_VALUES.L,o.PR_VALUES.L],[o.PR_VALUES.N,o.PR_VALUES.N],[o.PR_VALUES.X,o.PR_VALUES.X],[o.UI_VALUES.A,o.UI_VALUES.A],[o.UI_VALUES.P,o.UI_VALUES.P],[o.UI_VALUES.N,o.UI_VALUES.N],[o.UI_VALUES.X,o.UI_VALUES.X],[o.VULNERABLE_SYSTEM_CONFIDENTIALITY_BASE_VALUES.X,o.VULNERABLE_SYSTEM_INTEGRITY_BASE_VALUES.X,o.VULNERABLE_SYSTEM_AVAILABILITY_BASE_VALUES.X],[o.VULNERABLE_SYSTEM_CONFIDENTIALITY_BASE_VALUES.N,o.VULNERABLE_SYSTEM_INTEGRITY_BASE_VALUES.N,o.VULNERABLE_SYSTEM_AVAILABILITY_BASE_VALUES.N],[o.VULNERABLE_SYSTEM_CONFIDENTIALITY_BASE_VALUES.L,o.VULNERABLE_SYSTEM_INTEGRITY_BASE_VALUES.L,o.VULNERABLE_SYSTEM_AVAILABILITY_BASE_VALUES.L],[o.VULNERABLE_SYSTEM_CONFIDENTIALITY_BASE_VALUES.H,o.VULNERABLE_SYSTEM_INTEGRITY_BASE_VALUES.H,o.VULNERABLE_SYSTEM_AVAILABILITY_BASE_VALUES.H],[o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_MODIFIED_VALUES.X,o.SUBSEQUENT_SYSTEM_INTEGRITY_MODIFIED_VALUES.X,o.SUBSEQUENT_SYSTEM_AVAILABILITY_MODIFIED_VALUES.X,o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_BASE_VALUES.X,o.SUBSEQUENT_SYSTEM_INTEGRITY_BASE_VALUES.X,o.SUBSEQUENT_SYSTEM_AVAILABILITY_BASE_VALUES.X],[o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_MODIFIED_VALUES.N,o.SUBSEQUENT_SYSTEM_INTEGRITY_MODIFIED_VALUES.N,o.SUBSEQUENT_SYSTEM_AVAILABILITY_MODIFIED_VALUES.N,o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_BASE_VALUES.N,o.SUBSEQUENT_SYSTEM_INTEGRITY_BASE_VALUES.N,o.SUBSEQUENT_SYSTEM_AVAILABILITY_BASE_VALUES.N],[o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_MODIFIED_VALUES.L,o.SUBSEQUENT_SYSTEM_INTEGRITY_MODIFIED_VALUES.L,o.SUBSEQUENT_SYSTEM_AVAILABILITY_MODIFIED_VALUES.L,o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_BASE_VALUES.L,o.SUBSEQUENT_SYSTEM_INTEGRITY_BASE_VALUES.L,o.SUBSEQUENT_SYSTEM_AVAILABILITY_BASE_VALUES.L],[o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_MODIFIED_VALUES.H,o.SUBSEQUENT_SYSTEM_INTEGRITY_MODIFIED_VALUES.H,o.SUBSEQUENT_SYSTEM_AVAILABILITY_MODIFIED_VALUES.H,o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_BASE_VALUES.H,o.SUBSEQUENT_SYSTEM_INTEGRITY_BASE_VALUES.H,o.SUBSEQUENT_SYSTEM_AVAILABILITY_BASE_VALUES.H],[o.SUBSEQUENT_SYSTEM_INTEGRITY_MODIFIED_VALUES.S,o.SUBSEQUENT_SYSTEM_AVAILABILITY_MODIFIED_VALUES.S,o.SUBSEQUENT_SYSTEM_CONFIDENTIALITY_BASE_VALUES.S,o.SUBSEQUENT_SYSTEM_INTEGRITY_BASE_VALUES.S,o.SUBSEQUENT_SYSTEM_AVAILABILITY_BASE_VALUES.S],[o.REQUIREMENT_CONFIDENTIALITY_MODIFIED_VALUES.L,o.REQUIREMENT_AVAILABILITY_MODIFIED_VALUES.L,o.REQUIREMENT_INTEGRITY_MODIFIED_VALUES.L],[o.REQUIREMENT_CONFIDENTIALITY_MODIFIED_VALUES.M,o.REQUIREMENT_AVAILABILITY_MODIFIED_VALUES.M,o.REQUIREMENT_INTEGRITY_MODIFIED_VALUES.M],[o.REQUIREMENT_CONFIDENTIALITY_MODIFIED_VALUES.H,o.REQUIREMENT_AVAILABILITY_MODIFIED_VALUES.H,o.REQUIREMENT_INTEGRITY_MODIFIED_VALUES.H],[o.REQUIREMENT_CONFIDENTIALITY_MODIFIED_VALUES.X,o.REQUIREMENT_AVAILABILITY_MODIFIED_VALUES.X,o.REQUIREMENT_INTEGRITY_MODIFIED_VALUES.X],[o.E_VALUES.U],[o.E_VALUES.P],[o.E_VALUES.A],[o.E_VALUES.X],[o.R_VALUES.X],[o.R_VALUES.A],[o.R_VALUES.U],[o.R_VALUES.I],[o.RE_VALUES.X],[o.RE_VALUES.L],[o.RE_VALUES.M],[o.RE_VALUES.H],[o.U_VALUES.X],[o.U_VALUES.Clear],[o.U_VALUES.Green],[o.U_VALUES.Amber],[o.U_VALUES.Red],[o.AV_VALUES.X,o.AV_VALUES.X],[o.AV_VALUES.P,o.AV_VALUES.P],[o.AV_VALUES.L,o.AV_VALUES.L],[o.AV_VALUES.A,o.AV_VALUES.A],[o.AV_VALUES.N,o.AV_VALUES.N]]},904:(e,t)=>{Object.defineProperty(t,"__esModule",{value:!0}),t.EqOperations36=t.EqOperations5=t.EqOperations4=t.EqOperations2=t.EqOperations1=t.EqOperations1245=t.getEqImplementations=void 0,t.getEqImplementations=()=>[a.getInstance(),i.getInstance(),s.getInstance(),n.getInstance(),r.getInstance()];class o{deriveNextLowerMacro(e){return[e.deriveNextLower(this.getEqNumber())]}lookupScoresForNextLowerMacro(e){return e[0].getLookupTableScore()}getHighestSeverityVectors(e){return this.getEq(e).getHighestSeverityVectorsUnparsed()}lookupMacroVectorDepth(e){return this.getEq(e).getVectorDepth()}}t.EqOperations1245=o;class a extends o{getEq(e){return e.getEq1()}getRelevantAttributes(){return["AV","PR","UI"]}getEqNumber(){return 1}static getInstance(){return a.instance}}t.EqOperations1=a,a.instance=new a;class i extends o{getEq(e){return e.getEq2()}getRelevantAttributes(){return["AC","AT"]}getEqNumber(){return 2}static getInstance(){return i.instance}}t.EqOperations2=i,i.instance=new i;class s extends o{getEq(e){return e.getEq4()}getRelevantAttributes(){return["SC","SI","SA"]}getEqNumber(){return 4}static getInstance(){return s.instance}}t.EqOperations4=s,s.instance=new s;class n extends o{getEq(e){return e.getEq5()}getRelevantAttributes(){return[]}getEqNumber(){return 5}static getInstance(){return n.instance}}t.EqOperations5=n,n.instance=new n;class r{static getInstance(){return r.instance}getHighestSeverityVectors(e){return e.getJointEq3AndEq6().getHighestSeverityVectorsUnparsed()}getRelevantAttributes(){return["VC","VI","VA","CR","IR","AR"]}deriveNextLowerMacro(e){const t=e.getEq3().getLevelAsInt(),o=e.getEq6().getLevelAsInt();return 1===t&&1===o||0===t&&1===o?[e.deriveNextLower(3)]:1===t&&0===o?[e.deriveNextLower(6)]:0===t&&0===o?[e.deriveNextLower(3),e.deriveNextLower(6)]:[e.deriveNextLower(3).deriveNextLower(6)]}lookupScoresForNextLowerMacro(e){let t=NaN,o=NaN;return e.length>0&&null!=e[0]&&(t=e[0].getLookupTableScore()),e.length>1&&null!=e[1]&&(o=e[1].getLookupTableScore()),isNaN(t)||isNaN(o)?isNaN(t)?o:t:Math.max(t,o)}lookupMacroVectorDepth(e){return e.getJointEq3AndEq6().getVectorDepth()}}t.EqOperations36=r,r.instance=new r},951:(e,t)=>{var o;Object.defineProperty(t,"__esModule",{value:!0}),t.Cvss3P1Components=void 0;class a{}t.Cvss3P1Components=a,o=a,a.CONFIDENTIALITY_IMPACT_VALUES={X:{shortName:"X",value:0,name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Component is not defined."},N:{shortName:"N",value:0,name:"None",jsonSchemaName:"NONE",description:"There is no loss of confidentiality within the impacted component."},L:{shortName:"L",value:.22,name:"Low",jsonSchemaName:"LOW",description:"There is some loss of confidentiality. Access to some restricted information is obtained, but the attacker does not have control over what information is obtained, or the amount or kind of loss is limited. The information disclosure does not cause a direct, serious loss to the impacted component."},H:{shortName:"H",value:.56,name:"High",jsonSchemaName:"HIGH",description:"There is a total loss of confidentiality, resulting in all resources within the impacted component being divulged to the attacker. Alternatively, access to only some restricted information is obtained, but the disclosed information presents a direct, serious impact. For example, an attacker steals the administrator's password, or private encryption keys of a web server."}},a.CONFIDENTIALITY_IMPACT=[o.CONFIDENTIALITY_IMPACT_VALUES.X,o.CONFIDENTIALITY_IMPACT_VALUES.N,o.CONFIDENTIALITY_IMPACT_VALUES.L,o.CONFIDENTIALITY_IMPACT_VALUES.H],a.INTEGRITY_IMPACT_VALUES={X:{shortName:"X",value:0,name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Component is not defined."},N:{shortName:"N",value:0,name:"None",jsonSchemaName:"NONE",description:"There is no loss of integrity within the impacted component."},L:{shortName:"L",value:.22,name:"Low",jsonSchemaName:"LOW",description:"Modification of data is possible, but the attacker does not have control over the consequence of a modification, or the amount of modification is limited. The data modification does not have a direct, serious impact on the impacted component."},H:{shortName:"H",value:.56,name:"High",jsonSchemaName:"HIGH",description:"There is a total loss of integrity, or a complete loss of protection. For example, the attacker is able to modify any/all files protected by the impacted component. Alternatively, only some files can be modified, but malicious modification would present a direct, serious consequence to the impacted component."}},a.INTEGRITY_IMPACT=[o.INTEGRITY_IMPACT_VALUES.X,o.INTEGRITY_IMPACT_VALUES.N,o.INTEGRITY_IMPACT_VALUES.L,o.INTEGRITY_IMPACT_VALUES.H],a.AVAILABILITY_IMPACT_VALUES={X:{shortName:"X",value:0,name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Component is not defined."},N:{shortName:"N",value:0,name:"None",jsonSchemaName:"NONE",description:"There is no impact to availability within the impacted component."},L:{shortName:"L",value:.22,name:"Low",jsonSchemaName:"LOW",description:"Performance is reduced or there are interruptions in resource availability. Even if repeated exploitation of the vulnerability is possible, the attacker does not have the ability to completely deny service to legitimate users. The resources in the impacted component are either partially available all of the time, or fully available only some of the time, but overall there is no direct, serious consequence to the impacted component."},H:{shortName:"H",value:.56,name:"High",jsonSchemaName:"HIGH",description:"There is a total loss of availability, resulting in the attacker being able to fully deny access to resources in the impacted component; this loss is either sustained (while the attacker continues to deliver the attack) or persistent (the condition persists even after the attack has completed). Alternatively, the attacker has the ability to deny some availability, but the loss of availability presents a direct, serious consequence to the impacted component (e.g., the attacker cannot disrupt existing connections, but can prevent new connections; the attacker can repeatedly exploit a vulnerability that, in each instance of a successful attack, leaks a only small amount of memory, but after repeated exploitation causes a service to become completely unavailable)."}},a.AVAILABILITY_IMPACT=[o.AVAILABILITY_IMPACT_VALUES.X,o.AVAILABILITY_IMPACT_VALUES.N,o.AVAILABILITY_IMPACT_VALUES.L,o.AVAILABILITY_IMPACT_VALUES.H],a.CONFIDENTIALITY_REQUIREMENT_VALUES={X:{shortName:"X",value:1,name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Assigning this value indicates there is insufficient information to choose one of the other values, and has no impact on the overall Environmental Score, i.e., it has the same effect on scoring as assigning Medium."},L:{shortName:"L",value:.5,name:"Low",jsonSchemaName:"LOW",description:"Loss of Confidentiality is likely to have only a limited adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)."},M:{shortName:"M",value:1,name:"Medium",jsonSchemaName:"MEDIUM",description:"Loss of Confidentiality is likely to have a serious adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)."},H:{shortName:"H",value:1.5,name:"High",jsonSchemaName:"HIGH",description:"Loss of Confidentiality is likely to have a catastrophic adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)."}},a.CONFIDENTIALITY_REQUIREMENT=[o.CONFIDENTIALITY_REQUIREMENT_VALUES.X,o.CONFIDENTIALITY_REQUIREMENT_VALUES.L,o.CONFIDENTIALITY_REQUIREMENT_VALUES.M,o.CONFIDENTIALITY_REQUIREMENT_VALUES.H],a.INTEGRITY_REQUIREMENT_VALUES={X:{shortName:"X",value:1,name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Assigning this value indicates there is insufficient information to choose one of the other values, and has no impact on the overall Environmental Score, i.e., it has the same effect on scoring as assigning Medium."},L:{shortName:"L",value:.5,name:"Low",jsonSchemaName:"LOW",description:"Loss of Integrity is likely to have only a limited adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)."},M:{shortName:"M",value:1,name:"Medium",jsonSchemaName:"MEDIUM",description:"Loss of Integrity is likely to have a serious adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)."},H:{shortName:"H",value:1.5,name:"High",jsonSchemaName:"HIGH",description:"Loss of Integrity is likely to have a catastrophic adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)."}},a.INTEGRITY_REQUIREMENT=[o.INTEGRITY_REQUIREMENT_VALUES.X,o.INTEGRITY_REQUIREMENT_VALUES.L,o.INTEGRITY_REQUIREMENT_VALUES.M,o.INTEGRITY_REQUIREMENT_VALUES.H],a.AVAILABILITY_REQUIREMENT_VALUES={X:{shortName:"X",value:1,name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Assigning this value indicates there is insufficient information to choose one of the other values, and has no impact on the overall Environmental Score, i.e., it has the same effect on scoring as assigning Medium."},L:{shortName:"L",value:.5,name:"Low",jsonSchemaName:"LOW",description:"Loss of Availability is likely to have only a limited adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)."},M:{shortName:"M",value:1,name:"Medium",jsonSchemaName:"MEDIUM",description:"Loss of Availability is likely to have a serious adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)."},H:{shortName:"H",value:1.5,name:"High",jsonSchemaName:"HIGH",description:"Loss of Availability is likely to have a catastrophic adverse effect on the organization or individuals associated with the organization (e.g., employees, customers)."}},a.AVAILABILITY_REQUIREMENT=[o.AVAILABILITY_REQUIREMENT_VALUES.X,o.AVAILABILITY_REQUIREMENT_VALUES.L,o.AVAILABILITY_REQUIREMENT_VALUES.M,o.AVAILABILITY_REQUIREMENT_VALUES.H],a.TEMPLATE_CIA_REQUIREMENT_MODIFIED_VALUES={X:{shortName:"X",value:1,name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Component is not defined."},L:{shortName:"L",value:.5,name:"Low",jsonSchemaName:"LOW",description:"There is no impact to the integrity of the system."},M:{shortName:"M",value:1,name:"Medium",jsonSchemaName:"MEDIUM",description:"There is a partial compromise of system integrity."},H:{shortName:"H",value:1.5,name:"High",jsonSchemaName:"HIGH",description:"There is a total compromise of system integrity."}},a.TEMPLATE_CIA_REQUIREMENT_MODIFIED=[o.TEMPLATE_CIA_REQUIREMENT_MODIFIED_VALUES.X,o.TEMPLATE_CIA_REQUIREMENT_MODIFIED_VALUES.L,o.TEMPLATE_CIA_REQUIREMENT_MODIFIED_VALUES.M,o.TEMPLATE_CIA_REQUIREMENT_MODIFIED_VALUES.H],a.BASE_CATEGORY={name:"base",description:"This metric reflects the qualities of a vulnerability that are constant over time and across user environments."},a.AV_VALUES={X:{shortName:"X",value:1,name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Component is not defined."},N:{shortName:"N",value:.85,name:"Network",abbreviatedName:"Netw.",jsonSchemaName:"NETWORK",description:"The vulnerable component is bound to the network stack and the set of possible attackers extends beyond the other options listed below, up to and including the entire Internet."},A:{shortName:"A",value:.62,name:"Adjacent Network",abbreviatedName:"Adj. Network",jsonSchemaName:"ADJACENT_NETWORK",description:"The vulnerable component is bound to the network stack, but the attack is limited at the protocol level to a logically adjacent topology."},L:{shortName:"L",value:.55,name:"Local",jsonSchemaName:"LOCAL",description:"The vulnerable component is not bound to the network stack and the attacker's path is via read/write/execute capabilities."},P:{shortName:"P",value:.2,name:"Physical",abbreviatedName:"Phys.",jsonSchemaName:"PHYSICAL",description:"The attack requires the attacker to physically touch or manipulate the vulnerable component."}},a.AV={name:"Attack Vector",shortName:"AV",subCategory:"Exploitability Metrics",description:"This metric reflects the context by which vulnerability exploitation is possible. The more remote an attacker can be to attack a host, the greater the vulnerability score.",values:[o.AV_VALUES.X,o.AV_VALUES.N,o.AV_VALUES.A,o.AV_VALUES.L,o.AV_VALUES.P]},a.AC_VALUES={X:{shortName:"X",value:1,name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Component is not defined."},L:{shortName:"L",value:.77,name:"Low",jsonSchemaName:"LOW",description:"Specialized access conditions or extenuating circumstances do not exist. An attacker can expect repeatable success when attacking the vulnerable component."},H:{shortName:"H",value:.44,name:"High",jsonSchemaName:"HIGH",description:"A successful attack depends on conditions beyond the attacker's control. That is, a successful attack cannot be accomplished at will, but requires the attacker to invest in some measurable amount of effort in preparation or execution against the vulnerable component before a successful attack can be expected."}},a.AC={name:"Attack Complexity",shortName:"AC",subCategory:"Exploitability Metrics",description:"This metric describes the conditions beyond the attacker's control that must exist in order to exploit the vulnerability.",values:[o.AC_VALUES.X,o.AC_VALUES.L,o.AC_VALUES.H]},a.PR_VALUES={X:{shortName:"X",value:1,changedValue:1,name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Component is not defined."},N:{shortName:"N",value:.85,changedValue:.85,name:"None",jsonSchemaName:"NONE",description:"The attacker is unauthorized prior to attack, and therefore does not require any access to settings or files of the vulnerable system to carry out an attack."},L:{shortName:"L",value:.62,changedValue:.68,name:"Low",jsonSchemaName:"LOW",description:"The attacker requires privileges that provide basic user capabilities that could normally affect only settings and files owned by a user. Alternatively, an attacker with Low privileges has the ability to access only non-sensitive resources."},H:{shortName:"H",value:.27,changedValue:.5,name:"High",jsonSchemaName:"HIGH",description:"The attacker requires privileges that provide significant (e.g., administrative) control over the vulnerable component allowing access to component-wide settings and files."}},a.PR={name:"Privileges Required",shortName:"PR",subCategory:"Exploitability Metrics",description:"This metric describes the level of privileges an attacker must possess before successfully exploiting the vulnerability.",values:[o.PR_VALUES.X,o.PR_VALUES.N,o.PR_VALUES.L,o.PR_VALUES.H]},a.UI_VALUES={X:{shortName:"X",value:1,name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Component is not defined."},N:{shortName:"N",value:.85,name:"None",jsonSchemaName:"NONE",description:"The vulnerable system can be exploited without interaction from any user."},R:{shortName:"R",value:.62,name:"Required",abbreviatedName:"Req.",jsonSchemaName:"REQUIRED",description:"Successful exploitation of this vulnerability requires a user to take some action before the vulnerability can be exploited. For example, a successful exploit may only be possible during the installation of an application by a system administrator."}},a.UI={name:"User Interaction",shortName:"UI",subCategory:"Exploitability Metrics",description:"This metric captures the requirement for a user, other than the attacker, to participate in the successful compromise of the vulnerable component.",values:[o.UI_VALUES.X,o.UI_VALUES.N,o.UI_VALUES.R]},a.S_VALUES={X:{shortName:"X",value:!1,name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Component is not defined."},U:{shortName:"U",value:!1,name:"Unchanged",abbreviatedName:"Unchang.",jsonSchemaName:"UNCHANGED",description:"An exploited vulnerability can only affect resources managed by the same authority."},C:{shortName:"C",value:!0,name:"Changed",jsonSchemaName:"CHANGED",description:"An exploited vulnerability can affect resources beyond the authorization privileges intended by the vulnerable system's design."}},a.S={name:"Scope",shortName:"S",subCategory:"Exploitability Metrics",description:"Can an exploit of the vulnerability be accomplished remotely?",values:[o.S_VALUES.X,o.S_VALUES.U,o.S_VALUES.C]},a.C={name:"Confidentiality Impact",shortName:"C",subCategory:"Impact Metrics",description:"This metric measures the impact to the confidentiality of the information resources managed by a software component due to a successfully exploited vulnerability.",values:o.CONFIDENTIALITY_IMPACT},a.I={name:"Integrity Impact",shortName:"I",subCategory:"Impact Metrics",description:"This metric measures the impact to integrity of a successfully exploited vulnerability.",values:o.INTEGRITY_IMPACT},a.A={name:"Availability Impact",shortName:"A",subCategory:"Impact Metrics",description:"This metric measures the impact to the availability of the impacted component resulting from a successfully exploited vulnerability.",values:o.AVAILABILITY_IMPACT},a.BASE_CATEGORY_VALUES=[o.AV,o.AC,o.PR,o.UI,o.S,o.C,o.I,o.A],a.TEMPORAL_CATEGORY={name:"temporal",description:"This metric reflects the current state of exploit techniques or code availability."},a.E_VALUES={X:{shortName:"X",value:1,name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Component is not defined."},U:{shortName:"U",value:.91,name:"Unproven",abbreviatedName:"Unproven",description:"No exploit code is available, or an exploit is theoretical."},P:{shortName:"P",value:.94,name:"Proof-of-Concept",abbreviatedName:"Proof-of-conc.",jsonSchemaName:"PROOF_OF_CONCEPT",description:"Proof-of-concept exploit code is available, or an attack demonstration is not practical for most systems. The code or technique is not functional in all situations and may require substantial modification by a skilled attacker."},F:{shortName:"F",value:.97,name:"Functional",jsonSchemaName:"FUNCTIONAL",description:"Functional exploit code is available. The code works in most situations where the vulnerability exists."},H:{shortName:"H",value:1,name:"High",jsonSchemaName:"HIGH",description:"Functional exploit code is available. The code is widespread and automated and works in all situations where the vulnerability exists."}},a.E={name:"Exploit Code Maturity",shortName:"E",description:"This metric measures the likelihood of the vulnerability being attacked, and is typically based on the current state of exploit techniques, exploit code availability, or active, successful exploitation of the vulnerability.",values:[o.E_VALUES.X,o.E_VALUES.U,o.E_VALUES.P,o.E_VALUES.F,o.E_VALUES.H]},a.RL_VALUES={X:{shortName:"X",value:1,name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Component is not defined."},O:{shortName:"O",value:.95,name:"Official Fix",abbreviatedName:"Off. Fix",jsonSchemaName:"OFFICIAL_FIX",description:"A complete vendor solution is available. Either the vendor has issued an official patch, or an upgrade is available."},T:{shortName:"T",value:.96,name:"Temporary Fix",abbreviatedName:"Temp. Fix",jsonSchemaName:"TEMPORARY_FIX",description:"There is an official but temporary fix available. This includes instances where the vendor issues a temporary hotfix, tool, or workaround."},W:{shortName:"W",value:.97,name:"Workaround",jsonSchemaName:"WORKAROUND",description:"There is an unofficial, non-vendor solution available. In some cases, users of the affected technology will create a patch of their own or provide steps to work around or otherwise mitigate the vulnerability."},U:{shortName:"U",value:1,name:"Unavailable",jsonSchemaName:"UNAVAILABLE",description:"There is either no solution available or it is impossible to apply."}},a.RL={name:"Remediation Level",shortName:"RL",description:"This metric describes the remediation level for a vulnerability in an affected resource.",values:[o.RL_VALUES.X,o.RL_VALUES.O,o.RL_VALUES.T,o.RL_VALUES.W,o.RL_VALUES.U]},a.RC_VALUES={X:{shortName:"X",value:1,name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Component is not defined."},U:{shortName:"U",value:.92,name:"Unknown",description:"Report confidence is unknown."},R:{shortName:"R",value:.96,name:"Reasonable",jsonSchemaName:"REASONABLE",description:"Reasonable confidence exists, or the reported vulnerability is in a component not typically used by a target or not having a large installed base."},C:{shortName:"C",value:1,name:"Confirmed",jsonSchemaName:"CONFIRMED",description:"Confirmed confidence exists, or the exploit is functional in the environment where the vulnerability exists."}},a.RC={name:"Report Confidence",shortName:"RC",description:"This metric describes the level of confidence in the existence of the vulnerability and the credibility of the known technical details.",values:[o.RC_VALUES.X,o.RC_VALUES.U,o.RC_VALUES.R,o.RC_VALUES.C]},a.TEMPORAL_CATEGORY_VALUES=[o.E,o.RL,o.RC],a.ENVIRONMENTAL_CATEGORY={name:"environmental",description:"This metric reflects the characteristics of a vulnerability that are relevant and unique to a particular user's environment. This metric can greatly improve the accuracy of a score."},a.MAV_VALUES={X:{shortName:"X",value:1,name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Component is not defined."},N:{shortName:"N",value:.85,name:"Network",abbreviatedName:"Netw.",jsonSchemaName:"NETWORK",description:"The vulnerable component is bound to the network stack and the set of possible attackers extends beyond the other options listed below, up to and including the entire Internet."},A:{shortName:"A",value:.62,name:"Adjacent Network",abbreviatedName:"Adj. Network",jsonSchemaName:"ADJACENT_NETWORK",description:"The vulnerable component is bound to the network stack, but the attack is limited at the protocol level to a logically adjacent topology."},L:{shortName:"L",value:.55,name:"Local",jsonSchemaName:"LOCAL",description:"The vulnerable component is not bound to the network stack and the attacker's path is via read/write/execute capabilities."},P:{shortName:"P",value:.2,name:"Physical",abbreviatedName:"Phys.",jsonSchemaName:"PHYSICAL",description:"The attack requires the attacker to physically touch or manipulate the vulnerable component."}},a.MAV={name:"Modified Attack Vector",shortName:"MAV",subCategory:"Exploitability Metrics",description:"This metric reflects the context by which vulnerability exploitation is possible. The more remote an attacker can be to attack a host, the greater the vulnerability score.",baseMetricEquivalent:o.AV,values:[o.MAV_VALUES.X,o.MAV_VALUES.N,o.MAV_VALUES.A,o.MAV_VALUES.L,o.MAV_VALUES.P]},a.MAC_VALUES={X:{shortName:"X",value:1,name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Component is not defined."},L:{shortName:"L",value:.77,name:"Low",jsonSchemaName:"LOW",description:"Specialized access conditions or extenuating circumstances do not exist. An attacker can expect repeatable success when attacking the vulnerable component."},H:{shortName:"H",value:.44,name:"High",jsonSchemaName:"HIGH",description:"A successful attack depends on conditions beyond the attacker's control. That is, a successful attack cannot be accomplished at will, but requires the attacker to invest in some measurable amount of effort in preparation or execution against the vulnerable component before a successful attack can be expected."}},a.MAC={name:"Modified Attack Complexity",shortName:"MAC",subCategory:"Exploitability Metrics",description:"This metric describes the conditions beyond the attacker's control that must exist in order to exploit the vulnerability.",baseMetricEquivalent:o.AC,values:[o.MAC_VALUES.X,o.MAC_VALUES.L,o.MAC_VALUES.H]},a.MPR_VALUES={X:{shortName:"X",value:1,changedValue:1,name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Component is not defined."},N:{shortName:"N",value:.85,changedValue:.85,name:"None",jsonSchemaName:"NONE",description:"The attacker is unauthorized prior to attack, and therefore does not require any access to settings or files of the vulnerable system to carry out an attack."},L:{shortName:"L",value:.62,changedValue:.68,name:"Low",jsonSchemaName:"LOW",description:"The attacker requires privileges that provide basic user capabilities that could normally affect only settings and files owned by a user. Alternatively, an attacker with Low privileges has the ability to access only non-sensitive resources."},H:{shortName:"H",value:.27,changedValue:.5,name:"High",jsonSchemaName:"HIGH",description:"The attacker requires privileges that provide significant (e.g., administrative) control over the vulnerable component allowing access to component-wide settings and files."}},a.MPR={name:"Modified Privileges Required",shortName:"MPR",subCategory:"Exploitability Metrics",description:"This metric describes the level of privileges an attacker must possess before successfully exploiting the vulnerability.",baseMetricEquivalent:o.PR,values:[o.MPR_VALUES.X,o.MPR_VALUES.N,o.MPR_VALUES.L,o.MPR_VALUES.H]},a.MUI_VALUES={X:{shortName:"X",value:1,name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Component is not defined."},N:{shortName:"N",value:.85,name:"None",jsonSchemaName:"NONE",description:"The vulnerable system can be exploited without interaction from any user."},R:{shortName:"R",value:.62,name:"Required",jsonSchemaName:"REQUIRED",description:"Successful exploitation of this vulnerability requires a user to take some action before the vulnerability can be exploited. For example, a successful exploit may only be possible during the installation of an application by a system administrator."}},a.MUI={name:"Modified User Interaction",shortName:"MUI",subCategory:"Exploitability Metrics",description:"This metric captures the requirement for a user, other than the attacker, to participate in the successful compromise of the vulnerable component.",baseMetricEquivalent:o.UI,values:[o.MUI_VALUES.X,o.MUI_VALUES.N,o.MUI_VALUES.R]},a.MS_VALUES={X:{shortName:"X",value:!1,name:"Not Defined",abbreviatedName:"Not Def.",jsonSchemaName:"NOT_DEFINED",description:"Component is not defined."},U:{shortName:"U",value:!1,name:"Unchanged",abbreviatedName:"Unchang.",jsonSchemaName:"UNCHANGED",description:"An exploited vulnerability can only affect resources managed by the same authority."},C:{shortName:"C",value:!0,name:"Changed",jsonSchemaName:"CHANGED",description:"An exploited vulnerability can affect resources beyond the authorization privileges intended by the vulnerable system's design."}},a.MS={name:"Modified Scope",shortName:"MS",subCategory:"Exploitability Metrics",description:"Can an exploit of the vulnerability be accomplished remotely?",baseMetricEquivalent:o.S,values:[o.MS_VALUES.X,o.MS_VALUES.U,o.MS_VALUES.C]},a.MC={name:"Confidentiality Impact",shortName:"MC",subCategory:"Modified Impact",description:"This metric measures the impact to the confidentiality of the information resources managed by a software component due to a successfully exploited vulnerability.",baseMetricEquivalent:o.C,values:o.CONFIDENTIALITY_IMPACT},a.MI={name:"Integrity Impact",shortName:"MI",subCategory:"Modified Impact",description:"This metric measures the impact to integrity of a successfully exploited vulnerability.",baseMetricEquivalent:o.I,values:o.INTEGRITY_IMPACT},a.MA={name:"Availability Impact",shortName:"MA",subCategory:"Modified Impact",description:"This metric measures the impact to the availability of the impacted component resulting from a successfully exploited vulnerability.",baseMetricEquivalent:o.A,values:o.AVAILABILITY_IMPACT},a.CR={name:"Confidentiality Requirement",shortName:"CR",subCategory:"Modified Requirement (Impact Subscore) Modifiers",description:"This metric describes the remediation level for a vulnerability in an affected resource.",values:o.CONFIDENTIALITY_REQUIREMENT},a.IR={name:"Integrity Requirement",shortName:"IR",subCategory:"Modified Requirement (Impact Subscore) Modifiers",description:"This metric describes the remediation level for a vulnerability in an affected resource.",values:o.INTEGRITY_REQUIREMENT},a.AR={name:"Availability Requirement",shortName:"AR",subCategory:"Modified Requirement (Impact Subscore) Modifiers",description:"This metric describes the remediation level for a vulnerability in an affected resource.",values:o.AVAILABILITY_REQUIREMENT},a.ENVIRONMENTAL_CATEGORY_VALUES=[o.CR,o.IR,o.AR,o.MAV,o.MAC,o.MPR,o.MUI,o.MS,o.MC,o.MI,o.MA],a.REGISTERED_COMPONENTS=new Map,o.REGISTERED_COMPONENTS.set(o.BASE_CATEGORY,o.BASE_CATEGORY_VALUES),o.REGISTERED_COMPONENTS.set(o.TEMPORAL_CATEGORY,o.TEMPORAL_CATEGORY_VALUES),o.REGISTERED_COMPONENTS.set(o.ENVIRONMENTAL_CATEGORY,o.ENVIRONMENTAL_CATEGORY_VALUES),a.ATTRIBUTE_SEVERITY_ORDER=[[o.S_VALUES.U,o.MS_VALUES.U],[o.CONFIDENTIALITY_IMPACT_VALUES.N,o.INTEGRITY_IMPACT_VALUES.N,o.AVAILABILITY_IMPACT_VALUES.N],[o.AV_VALUES.P,o.MAV_VALUES.P],[o.CONFIDENTIALITY_IMPACT_VALUES.L,o.INTEGRITY_IMPACT_VALUES.L,o.AVAILABILITY_IMPACT_VALUES.L],[o.PR_VALUES.H,o.MPR_VALUES.H],[o.AC_VALUES.H,o.MAC_VALUES.H],[o.CONFIDENTIALITY_REQUIREMENT_VALUES.L,o.INTEGRITY_REQUIREMENT_VALUES.L,o.AVAILABILITY_REQUIREMENT_VALUES.L],[o.AV_VALUES.L,o.MAV_VALUES.L],[o.CONFIDENTIALITY_IMPACT_VALUES.H,o.INTEGRITY_IMPACT_VALUES.H,o.AVAILABILITY_IMPACT_VALUES.H],[o.AV_VALUES.A,o.MAV_VALUES.A],[o.UI_VALUES.R,o.MUI_VALUES.R],[o.PR_VALUES.L,o.MPR_VALUES.L],[o.AC_VALUES.L,o.MAC_VALUES.L],[o.AV_VALUES.N,o.MAV_VALUES.N],[o.PR_VALUES.N,o.MPR_VALUES.N],[o.UI_VALUES.N,o.MUI_VALUES.N],[o.E_VALUES.U],[o.E_VALUES.P],[o.E_VALUES.F],[o.E_VALUES.H],[o.E_VALUES.X],[o.RC_VALUES.U],[o.RL_VALUES.O],[o.RL_VALUES.T],[o.RC_VALUES.R],[o.RL_VALUES.W],[o.AV_VALUES.X,o.MAV_VALUES.X],[o.AC_VALUES.X,o.MAC_VALUES.X],[o.PR_VALUES.X,o.MPR_VALUES.X],[o.UI_VALUES.X,o.MUI_VALUES.X],[o.S_VALUES.C,o.MS_VALUES.C],[o.S_VALUES.X,o.MS_VALUES.X],[o.CONFIDENTIALITY_IMPACT_VALUES.X],[o.INTEGRITY_IMPACT_VALUES.X],[o.AVAILABILITY_IMPACT_VALUES.X],[o.RL_VALUES.U],[o.RL_VALUES.X],[o.RC_VALUES.C],[o.RC_VALUES.X],[o.CONFIDENTIALITY_REQUIREMENT_VALUES.M,o.INTEGRITY_REQUIREMENT_VALUES.M,o.AVAILABILITY_REQUIREMENT_VALUES.M],[o.CONFIDENTIALITY_REQUIREMENT_VALUES.X,o.INTEGRITY_REQUIREMENT_VALUES.X,o.AVAILABILITY_REQUIREMENT_VALUES.X],[o.CONFIDENTIALITY_REQUIREMENT_VALUES.H,o.INTEGRITY_REQUIREMENT_VALUES.H,o.AVAILABILITY_REQUIREMENT_VALUES.H]]},972:(e,t,o)=>{var a;Object.defineProperty(t,"__esModule",{value:!0}),t.Cvss4P0MacroVector=void 0;const i=o(730),s=o(759);class n{constructor(e,t,o,a,i,s,n){this.eq1=e,this.eq2=t,this.eq3=o,this.eq4=a,this.eq5=i,this.eq6=s,this.jointEq3AndEq6=n}static fromVector(e){const t=a.findMatchingEQ("1",a.EQ1_DEFINITIONS,e),o=a.findMatchingEQ("2",a.EQ2_DEFINITIONS,e),i=a.findMatchingEQ("3",a.EQ3_DEFINITIONS,e),s=a.findMatchingEQ("4",a.EQ4_DEFINITIONS,e),n=a.findMatchingEQ("5",a.EQ5_DEFINITIONS,e),r=a.findMatchingEQ("6",a.EQ6_DEFINITIONS,e),c=a.findMatchingEQ("3,6",a.JOINT_EQ3_EQ6_DEFINITIONS,e);return new a(t,o,i,s,n,r,c)}static findMatchingEQ(e,t,o){for(let e of t)if(e.matchesConstraints(o))return e;throw new Error("No matching EQ found for "+e+" and vector "+o)}getEq1(){return this.eq1}getEq2(){return this.eq2}getEq3(){return this.eq3}getEq4(){return this.eq4}getEq5(){return this.eq5}getEq6(){return this.eq6}getJointEq3AndEq6(){return this.jointEq3AndEq6}getEQ(e){switch(e){case 1:return this.eq1;case 2:return this.eq2;case 3:return this.eq3;case 4:return this.eq4;case 5:return this.eq5;case 6:return this.eq6;case 7:return this.jointEq3AndEq6;default:throw new Error("Invalid EQ index: "+e)}}getLookupTableScore(){return a.getMacroVectorScore(this)}static getMacroVectorScore(e){const t=e.toString(),o=s.Cvss4P0Components.MV_LOOKUP[t];return void 0===o?NaN:o}toString(){return this.eq1.getLevel()+this.eq2.getLevel()+this.eq3.getLevel()+this.eq4.getLevel()+this.eq5.getLevel()+this.eq6.getLevel()}deriveNextLower(e){const t=1!==e?this.eq1:this.getNextLower(a.EQ1_DEFINITIONS,this.eq1),o=2!==e?this.eq2:this.getNextLower(a.EQ2_DEFINITIONS,this.eq2),i=3!==e?this.eq3:this.getNextLower(a.EQ3_DEFINITIONS,this.eq3),s=4!==e?this.eq4:this.getNextLower(a.EQ4_DEFINITIONS,this.eq4),n=5!==e?this.eq5:this.getNextLower(a.EQ5_DEFINITIONS,this.eq5),r=6!==e?this.eq6:this.getNextLower(a.EQ6_DEFINITIONS,this.eq6),c=7!==e?this.jointEq3AndEq6:this.getNextLower(a.JOINT_EQ3_EQ6_DEFINITIONS,this.jointEq3AndEq6);return new a(t,o,i,s,n,r,c)}static getIndexInDefinitions(e,t){for(let o=0;o<e.length;o++)if(e[o]===t)return o;throw new Error("EQ not found in definitions: "+t)}getNextLower(e,t){const o=a.getIndexInDefinitions(e,t);return e.length>o+1?e[o+1]:a.EQ_ERROR_DEFINITION}static is(e,t,o){return o===a.getComparisonMetric(e,t).shortName}static getComparisonMetricComponent(e,t){return a.getComparisonMetric(e,t.shortName)}static getComparisonMetric(e,t){const o=e.getComponentByString(t);if("E"===t&&s.Cvss4P0Components.E_VALUES.X===o)return s.Cvss4P0Components.E_VALUES.A;if("CR"===t&&s.Cvss4P0Components.REQUIREMENT_CONFIDENTIALITY_MODIFIED_VALUES.X===o)return s.Cvss4P0Components.REQUIREMENT_CONFIDENTIALITY_MODIFIED_VALUES.H;if("IR"===t&&s.Cvss4P0Components.REQUIREMENT_INTEGRITY_MODIFIED_VALUES.X===o)return s.Cvss4P0Components.REQUIREMENT_INTEGRITY_MODIFIED_VALUES.H;if("AR"===t&&s.Cvss4P0Components.REQUIREMENT_AVAILABILITY_MODIFIED_VALUES.X===o)return s.Cvss4P0Components.REQUIREMENT_AVAILABILITY_MODIFIED_VALUES.H;if("MSI"===t&&s.Cvss4P0Components.SUBSEQUENT_SYSTEM_INTEGRITY_MODIFIED_VALUES.X===o&&"S"===e.getComponentByString("SI").shortName)return s.Cvss4P0Components.SUBSEQUENT_SYSTEM_INTEGRITY_MODIFIED_VALUES.H;if("MSA"===t&&s.Cvss4P0Components.SUBSEQUENT_SYSTEM_AVAILABILITY_MODIFIED_VALUES.X===o&&"S"===e.getComponentByString("SA").shortName)return s.Cvss4P0Components.SUBSEQUENT_SYSTEM_AVAILABILITY_MODIFIED_VALUES.H;try{const o=e.getComponentByString((t.startsWith("M")?"":"M")+t),a=o.shortName;if(null!=a&&"X"!==a)return o}catch(e){}return o}}t.Cvss4P0MacroVector=n,a=n,n.EQ_ERROR_DEFINITION=new i.EQ("9",-1,[],(()=>!0)),n.EQ1_DEFINITIONS=[new i.EQ("0",1,["AV:N/PR:N/UI:N"],(e=>a.is(e,"AV","N")&&a.is(e,"PR","N")&&a.is(e,"UI","N"))),new i.EQ("1",4,["AV:A/PR:N/UI:N","AV:N/PR:L/UI:N","AV:N/PR:N/UI:P"],(e=>(a.is(e,"AV","N")||a.is(e,"PR","N")||a.is(e,"UI","N"))&&!(a.is(e,"AV","N")&&a.is(e,"PR","N")&&a.is(e,"UI","N"))&&!a.is(e,"AV","P"))),new i.EQ("2",5,["AV:P/PR:N/UI:N","AV:A/PR:L/UI:P"],(e=>a.is(e,"AV","P")||!(a.is(e,"AV","N")||a.is(e,"PR","N")||a.is(e,"UI","N"))))],n.EQ2_DEFINITIONS=[new i.EQ("0",1,["AC:L/AT:N"],(e=>a.is(e,"AC","L")&&a.is(e,"AT","N"))),new i.EQ("1",2,["AC:H/AT:N","AC:L/AT:P"],(e=>!(a.is(e,"AC","L")&&a.is(e,"AT","N"))))],n.EQ3_DEFINITIONS=[new i.EQ("0",-1,["VC:H/VI:H/VA:H"],(e=>a.is(e,"VC","H")&&a.is(e,"VI","H"))),new i.EQ("1",-1,["VC:L/VI:H/VA:H","VC:H/VI:L/VA:H"],(e=>!(a.is(e,"VC","H")&&a.is(e,"VI","H"))&&(a.is(e,"VC","H")||a.is(e,"VI","H")||a.is(e,"VA","H")))),new i.EQ("2",-1,["VC:L/VI:L/VA:L"],(e=>!(a.is(e,"VC","H")||a.is(e,"VI","H")||a.is(e,"VA","H"))))],n.EQ4_DEFINITIONS=[new i.EQ("0",6,["SC:H/SI:S/SA:S"],(e=>a.is(e,"MSI","S")||a.is(e,"MSA","S"))),new i.EQ("1",5,["SC:H/SI:H/SA:H"],(e=>!(a.is(e,"MSI","S")&&a.is(e,"MSA","S"))&&(a.is(e,"SC","H")||a.is(e,"SI","H")||a.is(e,"SA","H")))),new i.EQ("2",4,["SC:L/SI:L/SA:L"],(e=>!(a.is(e,"MSI","S")&&a.is(e,"MSA","S")||a.is(e,"SC","H")||a.is(e,"SI","H")||a.is(e,"SA","H"))))],n.EQ5_DEFINITIONS=[new i.EQ("0",1,["E:A"],(e=>a.is(e,"E","A"))),new i.EQ("1",1,["E:P"],(e=>a.is(e,"E","P"))),new i.EQ("2",1,["E:U"],(e=>a.is(e,"E","U")))],n.EQ6_DEFINITIONS=[new i.EQ("0",-1,["AV:N/PR:N/UI:N"],(e=>a.is(e,"CR","H")&&a.is(e,"VC","H")||a.is(e,"IR","H")&&a.is(e,"VI","H")||a.is(e,"AR","H")&&a.is(e,"VA","H"))),new i.EQ("1",-1,["VC:H/VI:H/VA:H/CR:M/IR:M/AR:M","VC:H/VI:H/VA:L/CR:M/IR:M/AR:H","VC:H/VI:L/VA:H/CR:M/IR:H/AR:M","VC:H/VI:L/VA:L/CR:M/IR:H/AR:H","VC:L/VI:H/VA:H/CR:H/IR:M/AR:M","VC:L/VI:H/VA:L/CR:H/IR:M/AR:H","VC:L/VI:L/VA:H/CR:H/IR:H/AR:M","VC:L/VI:L/VA:L/CR:H/IR:H/AR:H"],(e=>!(a.is(e,"CR","H")&&a.is(e,"VC","H")||a.is(e,"IR","H")&&a.is(e,"VI","H")||a.is(e,"AR","H")&&a.is(e,"VA","H"))))],n.JOINT_EQ3_EQ6_DEFINITIONS=[new i.EQ("00",7,["VC:H/VI:H/VA:H/CR:H/IR:H/AR:H"],(e=>a.is(e,"VC","H")&&a.is(e,"VI","H")&&(a.is(e,"CR","H")||a.is(e,"IR","H")||a.is(e,"AR","H")&&a.is(e,"VA","H")))),new i.EQ("01",6,["VC:H/VI:H/VA:L/CR:M/IR:M/AR:H","VC:H/VI:H/VA:H/CR:M/IR:M/AR:M"],(e=>a.is(e,"VC","H")&&a.is(e,"VI","H")&&!(a.is(e,"CR","H")||a.is(e,"IR","H"))&&!(a.is(e,"AR","H")&&a.is(e,"VA","H")))),new i.EQ("10",8,["VC:L/VI:H/VA:H/CR:H/IR:H/AR:H","VC:H/VI:L/VA:H/CR:H/IR:H/AR:H"],(e=>!(a.is(e,"VC","H")&&a.is(e,"VI","H"))&&(a.is(e,"VC","H")||a.is(e,"VI","H")||a.is(e,"VA","H"))&&(a.is(e,"CR","H")&&a.is(e,"VC","H")||a.is(e,"IR","H")&&a.is(e,"VI","H")||a.is(e,"AR","H")&&a.is(e,"VA","H")))),new i.EQ("11",8,["VC:L/VI:H/VA:L/CR:H/IR:M/AR:H","VC:L/VI:H/VA:H/CR:H/IR:M/AR:M","VC:H/VI:L/VA:H/CR:M/IR:H/AR:M","VC:H/VI:L/VA:L/CR:M/IR:H/AR:H","VC:L/VI:L/VA:H/CR:H/IR:H/AR:M"],(e=>!(a.is(e,"VC","H")&&a.is(e,"VI","H"))&&(a.is(e,"VC","H")||a.is(e,"VI","H")||a.is(e,"VA","H"))&&!(a.is(e,"CR","H")&&a.is(e,"VC","H"))&&!(a.is(e,"IR","H")&&a.is(e,"VI","H"))&&!(a.is(e,"AR","H")&&a.is(e,"VA","H")))),new i.EQ("20",0,[],(e=>!1)),new i.EQ("21",10,["VC:L/VI:L/VA:L/CR:H/IR:H/AR:H"],(e=>!(a.is(e,"VC","H")||a.is(e,"VI","H")||a.is(e,"VA","H")||a.is(e,"CR","H")&&a.is(e,"VC","H")||a.is(e,"IR","H")&&a.is(e,"VI","H")||a.is(e,"AR","H")&&a.is(e,"VA","H"))))]},987:(e,t,o)=>{Object.defineProperty(t,"__esModule",{value:!0}),t.Cvss4P0=void 0;const a=o(154),i=o(972),s=o(904),n=o(759),r=o(730),c=o(951);class l extends a.CvssVector{constructor(e){super(e),this.ROUNDING_EPSILON=Math.pow(10,-6)}getRegisteredComponents(){return n.Cvss4P0Components.REGISTERED_COMPONENTS_EDITOR_ORDER}getVectorStringOrderProperties(){return n.Cvss4P0Components.REGISTERED_COMPONENTS_VECTOR_STRING_ORDER}getVectorPrefix(){return"CVSS:4.0/"}getVectorName(){return"CVSS:4.0"}fillAverageVector(){this.applyVector("AV:A/AC:L/AT:N/PR:N/UI:N/VC:L/VI:L/VA:L/SC:L/SI:L/SA:L")}fillRandomBaseVector(){const e=n.Cvss4P0Components.BASE_CATEGORY_VALUES;for(let t=0;t<e.length;t++){const o=e[t],a=super.pickRandomDefinedComponentValue(o);if(!a)return console.warn("Failed to pick random vector component for",o,", filling average vector instead"),void this.fillAverageVector();this.applyComponent(o,a)}}calculateScoresInternal(e=!1){const t=this.isAnyEnvironmentalDefined(),o=this.isAnyThreatDefined(),a=this.calculateOverallScore();let i,s,r;if(t||o){const e=this.clone();e.clearSpecifiedComponents(n.Cvss4P0Components.THREAT_CATEGORY_VALUES),e.clearSpecifiedComponents(n.Cvss4P0Components.ENVIRONMENTAL_MODIFIED_BASE_CATEGORY_VALUES),e.clearSpecifiedComponents(n.Cvss4P0Components.ENVIRONMENTAL_SECURITY_REQUIREMENT_CATEGORY_VALUES),i=e.calculateOverallScore()}else i=a;if(t)if(o){const e=this.clone();e.clearSpecifiedComponents(n.Cvss4P0Components.THREAT_CATEGORY_VALUES),s=e.calculateOverallScore()}else s=a;if(o)if(t){const e=this.clone();e.clearSpecifiedComponents(n.Cvss4P0Components.ENVIRONMENTAL_MODIFIED_BASE_CATEGORY_VALUES),e.clearSpecifiedComponents(n.Cvss4P0Components.ENVIRONMENTAL_SECURITY_REQUIREMENT_CATEGORY_VALUES),r=e.calculateOverallScore()}else r=a;return{normalized:e,overall:a,base:a,baseMetricsOnly:i,environmental:s,threat:r,vector:this.toString()}}toString(e=!1,t=this.getVectorStringOrderProperties(),o=!1){return super.toString(e,t,o)}calculateOverallScore(){if(!this.isBaseFullyDefined())return 0;if(["VC","VI","VA","SC","SI","SA"].map((e=>i.Cvss4P0MacroVector.getComparisonMetric(this,e))).every((e=>"N"===e.shortName)))return 0;const e=this.getMacroVector(),t=e.getLookupTableScore(),o=(0,s.getEqImplementations)();(e.getEq3().getLevel()+e.getEq6().getLevel()).toLowerCase()!==e.getJointEq3AndEq6().getLevel().toLowerCase()&&console.warn(`CVSS 4.0: Joint Eq3 and Eq6 level [${e.getJointEq3AndEq6().getLevel()}] does not match Eq3 [${e.getEq3().getLevel()}] and Eq6 [${e.getEq6().getLevel()}]`);const a=o.map((t=>t.getHighestSeverityVectors(e))),n=this.generateCvssPermutations(a[0],a[1],a[2],a[3],a[4]);if(0===n.length)return console.warn(`No max vectors found for ${e}`),0;const r=this.calculateSeverityDistancesByComparingToHighestSeverityVectors(n),c=new m;for(const a of o){const o=a.deriveNextLowerMacro(e),i=t-a.lookupScoresForNextLowerMacro(o),s=a.lookupMacroVectorDepth(e),n=a.getRelevantAttributes().map((e=>r.get(e)||0)).reduce(((e,t)=>e+t),0);if(!isNaN(i)&&0!==s){const e=n/s*i;c.add(e)}}const l=t-c.get(0);return l<0?0:l>10?10:this.roundToDecimalPlaces(l)}roundToDecimalPlaces(e){return Math.round(10*(e+this.ROUNDING_EPSILON))/10}generateCvssPermutations(e,t,o,a,i){const s=[];return e.forEach((e=>{t.forEach((t=>{o.forEach((o=>{a.forEach((a=>{i.forEach((i=>{const n=`${e}/${t}/${o}/${a}/${i}`;s.push(new l(n))}))}))}))}))})),s}severityDistance(e,t,o,a){const i="X"===t.shortName?void 0===e.worseCaseValue?t:e.worseCaseValue:t,s="X"===a.shortName?void 0===o.worseCaseValue?a:o.worseCaseValue:a;let n,r,c,l;if(e!==o){const t=e.name.startsWith("Modified"),a=o.name.startsWith("Modified");if(t&&!a){const t=e.values.find((e=>e.shortName===s.shortName));if(!t)throw new Error("Cannot find modified value for "+s);r=i,l=t,n=e,c=e}else{if(t||!a)return console.warn(`Cannot compute severity distance for [${i}] and [${s}], assuming distance is 0`),0;{const e=o.values.find((e=>e.shortName===i.shortName));if(!e)throw new Error("Cannot find modified value for "+i);r=e,l=s,n=o,c=o}}}else r=i,l=s,n=e,c=o;return n.values.indexOf(r)-c.values.indexOf(l)}severityDistanceBetweenComponents(e,t,o,a){const i=e.values.find((e=>e.shortName===t.shortName)),s=o.values.find((e=>e.shortName===a.shortName));if(!i)throw new Error(`Cannot find component values for ${e.name} with short name ${t.shortName} in ${e.values.map((e=>e.shortName)).join(", ")}`);if(!s)throw new Error(`Cannot find component values for ${o.name} with short name ${a.shortName} in ${o.values.map((e=>e.shortName)).join(", ")}`);return e.values.indexOf(i)-o.values.indexOf(s)}severityDistanceToVector(e){let t=0;return n.Cvss4P0Components.REGISTERED_COMPONENTS_EDITOR_ORDER.forEach((o=>{o.forEach((o=>{const a=this.getComponent(o),i=e.getComponent(o);t+=this.severityDistanceBetweenComponents(o,a,o,i)}))})),t}calculateSeverityDistancesByComparingToHighestSeverityVectors(e){const t=new Map;for(const o of e){t.set("AV",this.severityDistanceBetweenComponents(n.Cvss4P0Components.AV,i.Cvss4P0MacroVector.getComparisonMetricComponent(this,n.Cvss4P0Components.AV),n.Cvss4P0Components.AV,i.Cvss4P0MacroVector.getComparisonMetricComponent(o,n.Cvss4P0Components.AV))),t.set("PR",this.severityDistanceBetweenComponents(n.Cvss4P0Components.PR,i.Cvss4P0MacroVector.getComparisonMetricComponent(this,n.Cvss4P0Components.PR),n.Cvss4P0Components.PR,i.Cvss4P0MacroVector.getComparisonMetricComponent(o,n.Cvss4P0Components.PR))),t.set("UI",this.severityDistanceBetweenComponents(n.Cvss4P0Components.UI,i.Cvss4P0MacroVector.getComparisonMetricComponent(this,n.Cvss4P0Components.UI),n.Cvss4P0Components.UI,i.Cvss4P0MacroVector.getComparisonMetricComponent(o,n.Cvss4P0Components.UI))),t.set("AC",this.severityDistanceBetweenComponents(n.Cvss4P0Components.AC,i.Cvss4P0MacroVector.getComparisonMetricComponent(this,n.Cvss4P0Components.AC),n.Cvss4P0Components.AC,i.Cvss4P0MacroVector.getComparisonMetricComponent(o,n.Cvss4P0Components.AC))),t.set("AT",this.severityDistanceBetweenComponents(n.Cvss4P0Components.AT,i.Cvss4P0MacroVector.getComparisonMetricComponent(this,n.Cvss4P0Components.AT),n.Cvss4P0Components.AT,i.Cvss4P0MacroVector.getComparisonMetricComponent(o,n.Cvss4P0Components.AT))),t.set("VC",this.severityDistanceBetweenComponents(n.Cvss4P0Components.VC,i.Cvss4P0MacroVector.getComparisonMetricComponent(this,n.Cvss4P0Components.VC),n.Cvss4P0Components.VC,i.Cvss4P0MacroVector.getComparisonMetricComponent(o,n.Cvss4P0Components.VC))),t.set("VI",this.severityDistanceBetweenComponents(n.Cvss4P0Components.VI,i.Cvss4P0MacroVector.getComparisonMetricComponent(this,n.Cvss4P0Components.VI),n.Cvss4P0Components.VI,i.Cvss4P0MacroVector.getComparisonMetricComponent(o,n.Cvss4P0Components.VI))),t.set("VA",this.severityDistanceBetweenComponents(n.Cvss4P0Components.VA,i.Cvss4P0MacroVector.getComparisonMetricComponent(this,n.Cvss4P0Components.VA),n.Cvss4P0Components.VA,i.Cvss4P0MacroVector.getComparisonMetricComponent(o,n.Cvss4P0Components.VA))),t.set("SC",this.severityDistanceBetweenComponents(n.Cvss4P0Components.SC,i.Cvss4P0MacroVector.getComparisonMetricComponent(this,n.Cvss4P0Components.SC),n.Cvss4P0Components.SC,i.Cvss4P0MacroVector.getComparisonMetricComponent(o,n.Cvss4P0Components.SC))),t.set("CR",this.severityDistanceBetweenComponents(n.Cvss4P0Components.CR,i.Cvss4P0MacroVector.getComparisonMetricComponent(this,n.Cvss4P0Components.CR),n.Cvss4P0Components.CR,i.Cvss4P0MacroVector.getComparisonMetricComponent(o,n.Cvss4P0Components.CR))),t.set("IR",this.severityDistanceBetweenComponents(n.Cvss4P0Components.IR,i.Cvss4P0MacroVector.getComparisonMetricComponent(this,n.Cvss4P0Components.IR),n.Cvss4P0Components.IR,i.Cvss4P0MacroVector.getComparisonMetricComponent(o,n.Cvss4P0Components.IR))),t.set("AR",this.severityDistanceBetweenComponents(n.Cvss4P0Components.AR,i.Cvss4P0MacroVector.getComparisonMetricComponent(this,n.Cvss4P0Components.AR),n.Cvss4P0Components.AR,i.Cvss4P0MacroVector.getComparisonMetricComponent(o,n.Cvss4P0Components.AR)));const e=this.getComponent(n.Cvss4P0Components.SI)===n.Cvss4P0Components.SUBSEQUENT_SYSTEM_INTEGRITY_MODIFIED_VALUES.S?"MSI":"SI",a=this.getComponent(n.Cvss4P0Components.SA)===n.Cvss4P0Components.SUBSEQUENT_SYSTEM_AVAILABILITY_MODIFIED_VALUES.S?"MSA":"SA";if(t.set(e,this.severityDistanceBetweenComponents(n.Cvss4P0Components.SI,i.Cvss4P0MacroVector.getComparisonMetricComponent(this,n.Cvss4P0Components.SI),n.Cvss4P0Components.SI,i.Cvss4P0MacroVector.getComparisonMetricComponent(o,n.Cvss4P0Components.SI))),t.set(a,this.severityDistanceBetweenComponents(n.Cvss4P0Components.SA,i.Cvss4P0MacroVector.getComparisonMetricComponent(this,n.Cvss4P0Components.SA),n.Cvss4P0Components.SA,i.Cvss4P0MacroVector.getComparisonMetricComponent(o,n.Cvss4P0Components.SA))),!Array.from(t.values()).some((e=>e<0)))break;t.clear()}return 0===t.size&&console.warn(`No severity distances found for [${this.toString()}]`),t}getNomenclature(){let e="CVSS-B";return this.isCategoryPartiallyDefined(n.Cvss4P0Components.THREAT_CATEGORY)&&(e+="T"),(this.isCategoryPartiallyDefined(n.Cvss4P0Components.ENVIRONMENTAL_MODIFIED_BASE_CATEGORY)||this.isCategoryPartiallyDefined(n.Cvss4P0Components.ENVIRONMENTAL_SECURITY_REQUIREMENT_CATEGORY))&&(e+="E"),e}getMacroVector(){return i.Cvss4P0MacroVector.fromVector(this)}isBaseFullyDefined(){return super.isCategoryFullyDefined(n.Cvss4P0Components.BASE_CATEGORY)}isAnyBaseDefined(){return super.isCategoryPartiallyDefined(c.Cvss3P1Components.BASE_CATEGORY)}isThreatFullyDefined(){return super.isCategoryFullyDefined(n.Cvss4P0Components.THREAT_CATEGORY)}isAnyThreatDefined(){return super.isCategoryPartiallyDefined(n.Cvss4P0Components.THREAT_CATEGORY)}isAnyEnvironmentalDefined(){return super.isCategoryPartiallyDefined(n.Cvss4P0Components.ENVIRONMENTAL_MODIFIED_BASE_CATEGORY)||super.isCategoryPartiallyDefined(n.Cvss4P0Components.ENVIRONMENTAL_SECURITY_REQUIREMENT_CATEGORY)}getJsonSchemaSeverity(e){return 0===e||isNaN(e)?"NONE":e<=3.9?"LOW":e<=6.9?"MEDIUM":e<=8.9?"HIGH":"CRITICAL"}createJsonSchema(){const e=this.calculateScores();return{version:"4.0",vectorString:this.toString(),baseScore:e.overall,baseSeverity:this.getJsonSchemaSeverity(e.overall),attackVector:this.getComponent(n.Cvss4P0Components.AV).jsonSchemaName,attackComplexity:this.getComponent(n.Cvss4P0Components.AC).jsonSchemaName,attackRequirements:this.getComponent(n.Cvss4P0Components.AT).jsonSchemaName,privilegesRequired:this.getComponent(n.Cvss4P0Components.PR).jsonSchemaName,userInteraction:this.getComponent(n.Cvss4P0Components.UI).jsonSchemaName,vulnConfidentialityImpact:this.getComponent(n.Cvss4P0Components.VC).jsonSchemaName,vulnIntegrityImpact:this.getComponent(n.Cvss4P0Components.VI).jsonSchemaName,vulnAvailabilityImpact:this.getComponent(n.Cvss4P0Components.VA).jsonSchemaName,subConfidentialityImpact:this.getComponent(n.Cvss4P0Components.SC).jsonSchemaName,subIntegrityImpact:this.getComponent(n.Cvss4P0Components.SI).jsonSchemaName,subAvailabilityImpact:this.getComponent(n.Cvss4P0Components.SA).jsonSchemaName,exploitMaturity:this.getComponent(n.Cvss4P0Components.E).jsonSchemaName,confidentialityRequirement:this.getComponent(n.Cvss4P0Components.CR).jsonSchemaName,integrityRequirement:this.getComponent(n.Cvss4P0Components.IR).jsonSchemaName,availabilityRequirement:this.getComponent(n.Cvss4P0Components.AR).jsonSchemaName,modifiedAttackVector:this.getComponent(n.Cvss4P0Components.MAV).jsonSchemaName,modifiedAttackComplexity:this.getComponent(n.Cvss4P0Components.MAC).jsonSchemaName,modifiedAttackRequirements:this.getComponent(n.Cvss4P0Components.MAT).jsonSchemaName,modifiedPrivilegesRequired:this.getComponent(n.Cvss4P0Components.MPR).jsonSchemaName,modifiedUserInteraction:this.getComponent(n.Cvss4P0Components.MUI).jsonSchemaName,modifiedVulnConfidentialityImpact:this.getComponent(n.Cvss4P0Components.MVC).jsonSchemaName,modifiedVulnIntegrityImpact:this.getComponent(n.Cvss4P0Components.MVI).jsonSchemaName,modifiedVulnAvailabilityImpact:this.getComponent(n.Cvss4P0Components.MVA).jsonSchemaName,modifiedSubConfidentialityImpact:this.getComponent(n.Cvss4P0Components.MSC).jsonSchemaName,modifiedSubIntegrityImpact:this.getComponent(n.Cvss4P0Components.MSI).jsonSchemaName,modifiedSubAvailabilityImpact:this.getComponent(n.Cvss4P0Components.MSA).jsonSchemaName,Safety:this.getComponent(n.Cvss4P0Components.S).jsonSchemaName,Automatable:this.getComponent(n.Cvss4P0Components.AU).jsonSchemaName,Recovery:this.getComponent(n.Cvss4P0Components.R).jsonSchemaName,valueDensity:this.getComponent(n.Cvss4P0Components.V).jsonSchemaName,vulnerabilityResponseEffort:this.getComponent(n.Cvss4P0Components.RE).jsonSchemaName,providerUrgency:this.getComponent(n.Cvss4P0Components.U).jsonSchemaName}}}t.Cvss4P0=l,r.EQ.createCvssInstance=e=>new l(e);class m{constructor(){this.sum=0,this.count=0}add(e){this.sum+=e,this.count++}get(e){return 0==this.count?e:this.sum/this.count}}}},t={};return function o(a){var i=t[a];if(void 0!==i)return i.exports;var s=t[a]={exports:{}};return e[a].call(s.exports,s,s.exports,o),s.exports}(156)})()));

/***/ }),

/***/ 7091:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

/*!
Copyright (c) the purl authors

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
*/


const {
  PackageURL,
  PurlComponent,
  PurlQualifierNames,
  PurlType
} = __nccwpck_require__(6686)

module.exports = {
  PackageURL,
  PurlComponent,
  PurlQualifierNames,
  PurlType
}


/***/ }),

/***/ 3779:
/***/ ((module) => {



const LOOP_SENTINEL = 1_000_000

const REUSED_SEARCH_PARAMS = new URLSearchParams()

const REUSED_SEARCH_PARAMS_KEY = '_'

const REUSED_SEARCH_PARAMS_OFFSET = 2 // '_='.length

module.exports = {
    LOOP_SENTINEL,
    REUSED_SEARCH_PARAMS,
    REUSED_SEARCH_PARAMS_KEY,
    REUSED_SEARCH_PARAMS_OFFSET
}


/***/ }),

/***/ 782:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const { PurlError } = __nccwpck_require__(616)

const { decodeURIComponent } = globalThis

function decodePurlComponent(comp, encodedURIComponent) {
    try {
        return decodeURIComponent(encodedURIComponent)
    } catch {}
    throw new PurlError(`unable to decode "${comp}" component`)
}

module.exports = {
    decodePurlComponent
}


/***/ }),

/***/ 5954:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const {
    REUSED_SEARCH_PARAMS,
    REUSED_SEARCH_PARAMS_KEY,
    REUSED_SEARCH_PARAMS_OFFSET
} = __nccwpck_require__(3779)
const { isObject } = __nccwpck_require__(7018)
const { isNonEmptyString } = __nccwpck_require__(2764)

const { encodeURIComponent } = globalThis

function encodeNamespace(namespace) {
    return isNonEmptyString(namespace)
        ? encodeURIComponent(namespace)
              .replace(/%3A/g, ':')
              .replace(/%2F/g, '/')
        : ''
}

function encodeQualifierParam(param) {
    if (isNonEmptyString(param)) {
        // Param key and value are encoded with `percentEncodeSet` of
        // 'application/x-www-form-urlencoded' and `spaceAsPlus` of `true`.
        // https://url.spec.whatwg.org/#urlencoded-serializing
        REUSED_SEARCH_PARAMS.set(REUSED_SEARCH_PARAMS_KEY, param)
        return replacePlusSignWithPercentEncodedSpace(
            REUSED_SEARCH_PARAMS.toString().slice(REUSED_SEARCH_PARAMS_OFFSET)
        )
    }
    return ''
}

function encodeQualifiers(qualifiers) {
    if (isObject(qualifiers)) {
        // Sort this list of qualifier strings lexicographically.
        const qualifiersKeys = Object.keys(qualifiers).sort()
        const searchParams = new URLSearchParams()
        for (let i = 0, { length } = qualifiersKeys; i < length; i += 1) {
            const key = qualifiersKeys[i]
            searchParams.set(key, qualifiers[key])
        }
        return replacePlusSignWithPercentEncodedSpace(searchParams.toString())
    }
    return ''
}

function encodeSubpath(subpath) {
    return isNonEmptyString(subpath)
        ? encodeURIComponent(subpath).replace(/%2F/g, '/')
        : ''
}

function encodeVersion(version) {
    return isNonEmptyString(version)
        ? encodeURIComponent(version).replace(/%3A/g, ':').replace(/%2B/g, '+')
        : ''
}

function replacePlusSignWithPercentEncodedSpace(str) {
    // Convert plus signs to %20 for better portability.
    return str.replace(/\+/g, '%20')
}

module.exports = {
    encodeNamespace,
    encodeVersion,
    encodeQualifiers,
    encodeQualifierParam,
    encodeSubpath,
    encodeURIComponent
}


/***/ }),

/***/ 616:
/***/ ((module) => {



function formatPurlErrorMessage(message = '') {
    const { length } = message
    let formatted = ''
    if (length) {
        // Lower case start of message.
        const code0 = message.charCodeAt(0)
        formatted =
            code0 >= 65 /*'A'*/ || code0 <= 90 /*'Z'*/
                ? `${message[0].toLowerCase()}${message.slice(1)}`
                : message
        // Remove period from end of message.
        if (
            length > 1 &&
            message.charCodeAt(length - 1) === 46 /*'.'*/ &&
            message.charCodeAt(length - 2) !== 46
        ) {
            formatted = formatted.slice(0, -1)
        }
    }
    return `Invalid purl: ${formatted}`
}

class PurlError extends Error {
    constructor(message) {
        super(formatPurlErrorMessage(message))
    }
}

module.exports = {
    formatPurlErrorMessage,
    PurlError
}


/***/ }),

/***/ 4947:
/***/ ((module) => {



function createHelpersNamespaceObject(helpers, options_ = {}) {
    const { comparator, ...defaults } = { __proto__: null, ...options_ }
    const helperNames = Object.keys(helpers).sort()
    const propNames = [
        ...new Set([...Object.values(helpers)].map(Object.keys).flat())
    ].sort(comparator)
    const nsObject = Object.create(null)
    for (let i = 0, { length } = propNames; i < length; i += 1) {
        const propName = propNames[i]
        const helpersForProp = Object.create(null)
        for (
            let j = 0, { length: length_j } = helperNames;
            j < length_j;
            j += 1
        ) {
            const helperName = helperNames[j]
            const helperValue =
                helpers[helperName][propName] ?? defaults[helperName]
            if (helperValue !== undefined) {
                helpersForProp[helperName] = helperValue
            }
        }
        nsObject[propName] = helpersForProp
    }
    return nsObject
}

module.exports = {
    createHelpersNamespaceObject
}


/***/ }),

/***/ 6808:
/***/ ((module) => {



function isNullishOrEmptyString(value) {
    return (
        value === null ||
        value === undefined ||
        (typeof value === 'string' && value.length === 0)
    )
}

module.exports = {
    isNullishOrEmptyString
}


/***/ }),

/***/ 4265:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const { isObject } = __nccwpck_require__(7018)
const { isBlank } = __nccwpck_require__(2764)

function normalizeName(rawName) {
    return typeof rawName === 'string' ? rawName.trim() : undefined
}

function normalizeNamespace(rawNamespace) {
    return typeof rawNamespace === 'string'
        ? normalizePath(rawNamespace)
        : undefined
}

function normalizePath(pathname, callback) {
    let collapsed = ''
    let start = 0
    // Leading and trailing slashes, i.e. '/', are not significant and should be
    // stripped in the canonical form.
    while (pathname.charCodeAt(start) === 47 /*'/'*/) {
        start += 1
    }
    let nextIndex = pathname.indexOf('/', start)
    if (nextIndex === -1) {
        return pathname.slice(start)
    }
    // Discard any empty string segments by collapsing repeated segment
    // separator slashes, i.e. '/'.
    while (nextIndex !== -1) {
        const segment = pathname.slice(start, nextIndex)
        if (callback === undefined || callback(segment)) {
            collapsed =
                collapsed + (collapsed.length === 0 ? '' : '/') + segment
        }
        start = nextIndex + 1
        while (pathname.charCodeAt(start) === 47) {
            start += 1
        }
        nextIndex = pathname.indexOf('/', start)
    }
    const lastSegment = pathname.slice(start)
    if (
        lastSegment.length !== 0 &&
        (callback === undefined || callback(lastSegment))
    ) {
        collapsed = collapsed + '/' + lastSegment
    }
    return collapsed
}

function normalizeQualifiers(rawQualifiers) {
    let qualifiers
    for (const { 0: key, 1: value } of qualifiersToEntries(rawQualifiers)) {
        const strValue = typeof value === 'string' ? value : String(value)
        const trimmed = strValue.trim()
        // A key=value pair with an empty value is the same as no key/value
        // at all for this key.
        if (trimmed.length === 0) {
            continue
        }
        if (qualifiers === undefined) {
            qualifiers = { __proto__: null }
        }
        // A key is case insensitive. The canonical form is lowercase.
        qualifiers[key.toLowerCase()] = trimmed
    }
    return qualifiers
}

function normalizeSubpath(rawSubpath) {
    return typeof rawSubpath === 'string'
        ? normalizePath(rawSubpath, subpathFilter)
        : undefined
}

function normalizeType(rawType) {
    // The type must NOT be percent-encoded.
    // The type is case insensitive. The canonical form is lowercase.
    return typeof rawType === 'string'
        ? rawType.trim().toLowerCase()
        : undefined
}

function normalizeVersion(rawVersion) {
    return typeof rawVersion === 'string' ? rawVersion.trim() : undefined
}

function qualifiersToEntries(rawQualifiers) {
    if (isObject(rawQualifiers)) {
        return rawQualifiers instanceof URLSearchParams
            ? rawQualifiers.entries()
            : Object.entries(rawQualifiers)
    }
    return typeof rawQualifiers === 'string'
        ? new URLSearchParams(rawQualifiers).entries()
        : Object.entries({})
}

function subpathFilter(segment) {
    // When percent-decoded, a segment
    //   - must not be any of '.' or '..'
    //   - must not be empty
    const { length } = segment
    if (length === 1 && segment.charCodeAt(0) === 46 /*'.'*/) return false
    if (
        length === 2 &&
        segment.charCodeAt(0) === 46 &&
        segment.charCodeAt(1) === 46
    ) {
        return false
    }
    return !isBlank(segment)
}

module.exports = {
    normalizeName,
    normalizeNamespace,
    normalizePath,
    normalizeQualifiers,
    normalizeSubpath,
    normalizeType,
    normalizeVersion
}


/***/ }),

/***/ 7018:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const { LOOP_SENTINEL } = __nccwpck_require__(3779)

function isObject(value) {
    return value !== null && typeof value === 'object'
}

function recursiveFreeze(value_) {
    if (
        value_ === null ||
        !(typeof value_ === 'object' || typeof value_ === 'function') ||
        Object.isFrozen(value_)
    ) {
        return value_
    }
    const queue = [value_]
    let { length: queueLength } = queue
    let pos = 0
    while (pos < queueLength) {
        if (pos === LOOP_SENTINEL) {
            throw new Error(
                'Detected infinite loop in object crawl of recursiveFreeze'
            )
        }
        const obj = queue[pos++]
        Object.freeze(obj)
        if (Array.isArray(obj)) {
            for (let i = 0, { length } = obj; i < length; i += 1) {
                const item = obj[i]
                if (
                    item !== null &&
                    (typeof item === 'object' || typeof item === 'function') &&
                    !Object.isFrozen(item)
                ) {
                    queue[queueLength++] = item
                }
            }
        } else {
            const keys = Reflect.ownKeys(obj)
            for (let i = 0, { length } = keys; i < length; i += 1) {
                const propValue = obj[keys[i]]
                if (
                    propValue !== null &&
                    (typeof propValue === 'object' ||
                        typeof propValue === 'function') &&
                    !Object.isFrozen(propValue)
                ) {
                    queue[queueLength++] = propValue
                }
            }
        }
    }
    return value_
}

module.exports = {
    isObject,
    recursiveFreeze
}


/***/ }),

/***/ 6686:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

/*!
Copyright (c) the purl authors

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
*/


const { decodePurlComponent } = __nccwpck_require__(782)
const { isObject, recursiveFreeze } = __nccwpck_require__(7018)
const { isBlank, isNonEmptyString, trimLeadingSlashes } = __nccwpck_require__(2764)

const { PurlComponent } = __nccwpck_require__(1487)
const { PurlQualifierNames } = __nccwpck_require__(7197)
const { PurlType } = __nccwpck_require__(8958)
const { PurlError } = __nccwpck_require__(616)

class PackageURL {
    static Component = recursiveFreeze(PurlComponent)
    static KnownQualifierNames = recursiveFreeze(PurlQualifierNames)
    static Type = recursiveFreeze(PurlType)

    constructor(
        rawType,
        rawNamespace,
        rawName,
        rawVersion,
        rawQualifiers,
        rawSubpath
    ) {
        const type = isNonEmptyString(rawType)
            ? PurlComponent.type.normalize(rawType)
            : rawType
        PurlComponent.type.validate(type, true)

        const namespace = isNonEmptyString(rawNamespace)
            ? PurlComponent.namespace.normalize(rawNamespace)
            : rawNamespace
        PurlComponent.namespace.validate(namespace, true)

        const name = isNonEmptyString(rawName)
            ? PurlComponent.name.normalize(rawName)
            : rawName
        PurlComponent.name.validate(name, true)

        const version = isNonEmptyString(rawVersion)
            ? PurlComponent.version.normalize(rawVersion)
            : rawVersion
        PurlComponent.version.validate(version, true)

        const qualifiers =
            typeof rawQualifiers === 'string' || isObject(rawQualifiers)
                ? PurlComponent.qualifiers.normalize(rawQualifiers)
                : rawQualifiers
        PurlComponent.qualifiers.validate(qualifiers, true)

        const subpath = isNonEmptyString(rawSubpath)
            ? PurlComponent.subpath.normalize(rawSubpath)
            : rawSubpath
        PurlComponent.subpath.validate(subpath, true)

        this.type = type
        this.name = name
        this.namespace = namespace ?? undefined
        this.version = version ?? undefined
        this.qualifiers = qualifiers ?? undefined
        this.subpath = subpath ?? undefined

        const typeHelpers = PurlType[type]
        if (typeHelpers) {
            typeHelpers.normalize(this)
            typeHelpers.validate(this, true)
        }
    }

    toString() {
        const { namespace, name, version, qualifiers, subpath, type } = this
        let purlStr = `pkg:${PurlComponent.type.encode(type)}/`
        if (namespace) {
            purlStr = `${purlStr}${PurlComponent.namespace.encode(namespace)}/`
        }
        purlStr = `${purlStr}${PurlComponent.name.encode(name)}`
        if (version) {
            purlStr = `${purlStr}@${PurlComponent.version.encode(version)}`
        }
        if (qualifiers) {
            purlStr = `${purlStr}?${PurlComponent.qualifiers.encode(qualifiers)}`
        }
        if (subpath) {
            purlStr = `${purlStr}#${PurlComponent.subpath.encode(subpath)}`
        }
        return purlStr
    }

    static fromString(purlStr) {
        return new PackageURL(...PackageURL.parseString(purlStr))
    }

    static parseString(purlStr) {
        // https://github.com/package-url/purl-spec/blob/master/PURL-SPECIFICATION.rst#how-to-parse-a-purl-string-in-its-components
        if (typeof purlStr !== 'string') {
            throw new Error('A purl string argument is required.')
        }
        if (isBlank(purlStr)) {
            return [
                undefined,
                undefined,
                undefined,
                undefined,
                undefined,
                undefined
            ]
        }

        // Split the remainder once from left on ':'.
        const colonIndex = purlStr.indexOf(':')
        // Use WHATWG URL to split up the purl string.
        //   - Split the purl string once from right on '#'
        //   - Split the remainder once from right on '?'
        //   - Split the remainder once from left on ':'
        let url
        let maybeUrlWithAuth
        if (colonIndex !== -1) {
            try {
                // Since a purl never contains a URL Authority, its scheme
                // must not be suffixed with double slash as in 'pkg://'
                // and should use instead 'pkg:'. Purl parsers must accept
                // URLs such as 'pkg://' and must ignore the '//'
                const beforeColon = purlStr.slice(0, colonIndex)
                const afterColon = purlStr.slice(colonIndex + 1)
                const trimmedAfterColon = trimLeadingSlashes(afterColon)
                url = new URL(`${beforeColon}:${trimmedAfterColon}`)
                maybeUrlWithAuth =
                    afterColon.length === trimmedAfterColon.length
                        ? url
                        : new URL(purlStr)
            } catch (e) {
                throw new PurlError('failed to parse as URL', {
                    cause: e
                })
            }
        }
        // The scheme is a constant with the value "pkg".
        if (url?.protocol !== 'pkg:') {
            throw new PurlError('missing required "pkg" scheme component')
        }
        // A purl must NOT contain a URL Authority i.e. there is no support for
        // username, password, host and port components.
        if (
            maybeUrlWithAuth.username !== '' ||
            maybeUrlWithAuth.password !== ''
        ) {
            throw new PurlError('cannot contain a "user:pass@host:port"')
        }

        const { pathname } = url
        const firstSlashIndex = pathname.indexOf('/')
        const rawType = decodePurlComponent(
            'type',
            firstSlashIndex === -1
                ? pathname
                : pathname.slice(0, firstSlashIndex)
        )
        if (firstSlashIndex < 1) {
            return [
                rawType,
                undefined,
                undefined,
                undefined,
                undefined,
                undefined
            ]
        }

        let rawVersion
        let atSignIndex = pathname.lastIndexOf('@')
        // Handle unencoded leading '@' characters. This is a small break from
        // the specification to make parsing more forgiving so that users don't
        // have to deal with it.
        if (
            atSignIndex !== -1 &&
            pathname.charCodeAt(atSignIndex - 1) === 47 /*'/'*/
        ) {
            atSignIndex = -1
        }
        const beforeVersion = pathname.slice(
            rawType.length + 1,
            atSignIndex === -1 ? pathname.length : atSignIndex
        )
        if (atSignIndex !== -1) {
            // Split the remainder once from right on '@'.
            rawVersion = decodePurlComponent(
                'version',
                pathname.slice(atSignIndex + 1)
            )
        }

        let rawNamespace
        let rawName
        const lastSlashIndex = beforeVersion.lastIndexOf('/')
        if (lastSlashIndex === -1) {
            // Split the remainder once from right on '/'.
            rawName = decodePurlComponent('name', beforeVersion)
        } else {
            // Split the remainder once from right on '/'.
            rawName = decodePurlComponent(
                'name',
                beforeVersion.slice(lastSlashIndex + 1)
            )
            // Split the remainder on '/'.
            rawNamespace = decodePurlComponent(
                'namespace',
                beforeVersion.slice(0, lastSlashIndex)
            )
        }

        let rawQualifiers
        const { searchParams } = url
        if (searchParams.size !== 0) {
            searchParams.forEach((value) =>
                decodePurlComponent('qualifiers', value)
            )
            // Split the remainder once from right on '?'.
            rawQualifiers = searchParams
        }

        let rawSubpath
        const { hash } = url
        if (hash.length !== 0) {
            // Split the purl string once from right on '#'.
            rawSubpath = decodePurlComponent('subpath', hash.slice(1))
        }

        return [
            rawType,
            rawNamespace,
            rawName,
            rawVersion,
            rawQualifiers,
            rawSubpath
        ]
    }
}

for (const staticProp of ['Component', 'KnownQualifierNames', 'Type']) {
    Reflect.defineProperty(PackageURL, staticProp, {
        ...Reflect.getOwnPropertyDescriptor(PackageURL, staticProp),
        writable: false
    })
}

Reflect.setPrototypeOf(PackageURL.prototype, null)

module.exports = {
    PackageURL,
    PurlComponent,
    PurlQualifierNames,
    PurlType
}


/***/ }),

/***/ 1487:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const {
    encodeNamespace,
    encodeVersion,
    encodeQualifiers,
    encodeQualifierParam,
    encodeSubpath,
    encodeURIComponent
} = __nccwpck_require__(5954)

const { createHelpersNamespaceObject } = __nccwpck_require__(4947)

const {
    normalizeType,
    normalizeNamespace,
    normalizeName,
    normalizeVersion,
    normalizeQualifiers,
    normalizeSubpath
} = __nccwpck_require__(4265)

const { localeCompare, isNonEmptyString } = __nccwpck_require__(2764)

const {
    validateType,
    validateNamespace,
    validateName,
    validateVersion,
    validateQualifiers,
    validateQualifierKey,
    validateSubpath
} = __nccwpck_require__(3206)

const PurlComponentEncoder = (comp) =>
    isNonEmptyString(comp) ? encodeURIComponent(comp) : ''

const PurlComponentStringNormalizer = (comp) =>
    typeof comp === 'string' ? comp : undefined

const PurlComponentValidator = (_comp, _throws) => true

const componentSortOrderLookup = {
    __proto__: null,
    type: 0,
    namespace: 1,
    name: 2,
    version: 3,
    qualifiers: 4,
    qualifierKey: 5,
    qualifierValue: 6,
    subpath: 7
}

function componentSortOrder(comp) {
    return componentSortOrderLookup[comp] ?? comp
}

function componentComparator(compA, compB) {
    return localeCompare(componentSortOrder(compA), componentSortOrder(compB))
}

module.exports = {
    // Rules for each purl component:
    // https://github.com/package-url/purl-spec/blob/master/PURL-SPECIFICATION.rst#rules-for-each-purl-component
    PurlComponent: createHelpersNamespaceObject(
        {
            encode: {
                namespace: encodeNamespace,
                version: encodeVersion,
                qualifiers: encodeQualifiers,
                qualifierKey: encodeQualifierParam,
                qualifierValue: encodeQualifierParam,
                subpath: encodeSubpath
            },
            normalize: {
                type: normalizeType,
                namespace: normalizeNamespace,
                name: normalizeName,
                version: normalizeVersion,
                qualifiers: normalizeQualifiers,
                subpath: normalizeSubpath
            },
            validate: {
                type: validateType,
                namespace: validateNamespace,
                name: validateName,
                version: validateVersion,
                qualifierKey: validateQualifierKey,
                qualifiers: validateQualifiers,
                subpath: validateSubpath
            }
        },
        {
            comparator: componentComparator,
            encode: PurlComponentEncoder,
            normalize: PurlComponentStringNormalizer,
            validate: PurlComponentValidator
        }
    )
}


/***/ }),

/***/ 7197:
/***/ ((module) => {



module.exports = {
    // Known qualifiers:
    // https://github.com/package-url/purl-spec/blob/master/PURL-SPECIFICATION.rst#known-qualifiers-keyvalue-pairs
    PurlQualifierNames: {
        __proto__: null,
        RepositoryUrl: 'repository_url',
        DownloadUrl: 'download_url',
        VcsUrl: 'vcs_url',
        FileName: 'file_name',
        Checksum: 'checksum'
    }
}


/***/ }),

/***/ 8958:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const { isNullishOrEmptyString } = __nccwpck_require__(6808)

const { createHelpersNamespaceObject } = __nccwpck_require__(4947)

const {
    isSemverString,
    lowerName,
    lowerNamespace,
    lowerVersion,
    replaceDashesWithUnderscores,
    replaceUnderscoresWithDashes
} = __nccwpck_require__(2764)

const { validateEmptyByType, validateRequiredByType } = __nccwpck_require__(3206)
const { PurlError } = __nccwpck_require__(616)

const PurlTypNormalizer = (purl) => purl

const PurlTypeValidator = (_purl, _throws) => true

module.exports = {
    // PURL types:
    // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst
    PurlType: createHelpersNamespaceObject(
        {
            normalize: {
                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#alpm
                alpm(purl) {
                    lowerNamespace(purl)
                    lowerName(purl)
                    return purl
                },
                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#apk
                apk(purl) {
                    lowerNamespace(purl)
                    lowerName(purl)
                    return purl
                },
                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#bitbucket
                bitbucket(purl) {
                    lowerNamespace(purl)
                    lowerName(purl)
                    return purl
                },
                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#bitnami
                bitnami(purl) {
                    lowerName(purl)
                    return purl
                },
                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#composer
                composer(purl) {
                    lowerNamespace(purl)
                    lowerName(purl)
                    return purl
                },
                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#deb
                deb(purl) {
                    lowerNamespace(purl)
                    lowerName(purl)
                    return purl
                },
                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#other-candidate-types-to-define
                gitlab(purl) {
                    lowerNamespace(purl)
                    lowerName(purl)
                    return purl
                },
                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#github
                github(purl) {
                    lowerNamespace(purl)
                    lowerName(purl)
                    return purl
                },
                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#golang
                // golang(purl) {
                //     // Ignore case-insensitive rule because go.mod are case-sensitive.
                //     // Pending spec change: https://github.com/package-url/purl-spec/pull/196
                //     lowerNamespace(purl)
                //     lowerName(purl)
                //     return purl
                // },
                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#hex
                hex(purl) {
                    lowerNamespace(purl)
                    lowerName(purl)
                    return purl
                },
                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#huggingface
                huggingface(purl) {
                    lowerVersion(purl)
                    return purl
                },
                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#mlflow
                mlflow(purl) {
                    if (
                        purl.qualifiers?.repository_url?.includes('databricks')
                    ) {
                        lowerName(purl)
                    }
                    return purl
                },
                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#npm
                npm(purl) {
                    lowerNamespace(purl)
                    lowerName(purl)
                    return purl
                },
                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#luarocks
                luarocks(purl) {
                    lowerVersion(purl)
                    return purl
                },
                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#oci
                oci(purl) {
                    lowerName(purl)
                    return purl
                },
                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#pub
                pub(purl) {
                    lowerName(purl)
                    purl.name = replaceDashesWithUnderscores(purl.name)
                    return purl
                },
                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#pypi
                pypi(purl) {
                    lowerNamespace(purl)
                    lowerName(purl)
                    purl.name = replaceUnderscoresWithDashes(purl.name)
                    return purl
                },
                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#qpkg
                qpkg(purl) {
                    lowerNamespace(purl)
                    return purl
                },
                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#rpm
                rpm(purl) {
                    lowerNamespace(purl)
                    return purl
                }
            },
            validate: {
                // TODO: cocoapods name validation
                // TODO: cpan namespace validation
                // TODO: swid qualifier validation
                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#conan
                conan(purl, throws) {
                    if (isNullishOrEmptyString(purl.namespace)) {
                        if (purl.qualifiers?.channel) {
                            if (throws) {
                                throw new PurlError(
                                    'conan requires a "namespace" component when a "channel" qualifier is present'
                                )
                            }
                            return false
                        }
                    } else if (isNullishOrEmptyString(purl.qualifiers)) {
                        if (throws) {
                            throw new PurlError(
                                'conan requires a "qualifiers" component when a namespace is present'
                            )
                        }
                        return false
                    }
                    return true
                },
                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#cran
                cran(purl, throws) {
                    return validateRequiredByType(
                        'cran',
                        'version',
                        purl.version,
                        throws
                    )
                },
                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#golang
                golang(purl) {
                    // Still being lenient here since the standard changes aren't official.
                    // Pending spec change: https://github.com/package-url/purl-spec/pull/196
                    const { version } = purl
                    const length =
                        typeof version === 'string' ? version.length : 0
                    // If the version starts with a "v" then ensure its a valid semver version.
                    // This, by semver semantics, also supports pseudo-version number.
                    // https://go.dev/doc/modules/version-numbers#pseudo-version-number
                    if (
                        length &&
                        version.charCodeAt(0) === 118 /*'v'*/ &&
                        !isSemverString(version.slice(1))
                    ) {
                        if (throws) {
                            throw new PurlError(
                                'golang "version" component starting with a "v" must be followed by a valid semver version'
                            )
                        }
                        return false
                    }
                    return true
                },
                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#maven
                maven(purl, throws) {
                    return validateRequiredByType(
                        'maven',
                        'namespace',
                        purl.namespace,
                        throws
                    )
                },
                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#mlflow
                mlflow(purl, throws) {
                    return validateEmptyByType(
                        'mlflow',
                        'namespace',
                        purl.namespace,
                        throws
                    )
                },
                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#oci
                oci(purl, throws) {
                    return validateEmptyByType(
                        'oci',
                        'namespace',
                        purl.namespace,
                        throws
                    )
                },
                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#pub
                pub(purl, throws) {
                    const { name } = purl
                    for (let i = 0, { length } = name; i < length; i += 1) {
                        const code = name.charCodeAt(i)
                        // prettier-ignore
                        if (
                  !(
                      (
                          (code >= 48 && code <= 57)  || // 0-9
                          (code >= 97 && code <= 122) || // a-z
                          code === 95 // _
                      )
                  )
              ) {
                  if (throws) {
                      throw new PurlError(
                          'pub "name" component may only contain [a-z0-9_] characters'
                      )
                  }
                  return false
              }
                    }
                    return true
                },
                // https://github.com/package-url/purl-spec/blob/master/PURL-TYPES.rst#swift
                swift(purl, throws) {
                    return (
                        validateRequiredByType(
                            'swift',
                            'namespace',
                            purl.namespace,
                            throws
                        ) &&
                        validateRequiredByType(
                            'swift',
                            'version',
                            purl.version,
                            throws
                        )
                    )
                }
            }
        },
        {
            normalize: PurlTypNormalizer,
            validate: PurlTypeValidator
        }
    )
}


/***/ }),

/***/ 2764:
/***/ ((module) => {



// Intl.Collator is faster than String#localeCompare
// https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/String/localeCompare:
// > When comparing large numbers of strings, such as in sorting large arrays,
// > it is better to create an Intl.Collator object and use the function provided
// > by its compare() method.
const { compare: localeCompare } = new Intl.Collator()

// This regexp is valid as of 2024-08-01.
// https://semver.org/#is-there-a-suggested-regular-expression-regex-to-check-a-semver-string
const regexSemverNumberedGroups =
    /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/

function isBlank(str) {
    for (let i = 0, { length } = str; i < length; i += 1) {
        const code = str.charCodeAt(i)
        // prettier-ignore
        if (
            !(
                // Whitespace characters according to ECMAScript spec:
                // https://tc39.es/ecma262/#sec-white-space
                (
                    code === 0x0020 || // Space
                    code === 0x0009 || // Tab
                    code === 0x000a || // Line Feed
                    code === 0x000b || // Vertical Tab
                    code === 0x000c || // Form Feed
                    code === 0x000d || // Carriage Return
                    code === 0x00a0 || // No-Break Space
                    code === 0x1680 || // Ogham Space Mark
                    code === 0x2000 || // En Quad
                    code === 0x2001 || // Em Quad
                    code === 0x2002 || // En Space
                    code === 0x2003 || // Em Space
                    code === 0x2004 || // Three-Per-Em Space
                    code === 0x2005 || // Four-Per-Em Space
                    code === 0x2006 || // Six-Per-Em Space
                    code === 0x2007 || // Figure Space
                    code === 0x2008 || // Punctuation Space
                    code === 0x2009 || // Thin Space
                    code === 0x200a || // Hair Space
                    code === 0x2028 || // Line Separator
                    code === 0x2029 || // Paragraph Separator
                    code === 0x202f || // Narrow No-Break Space
                    code === 0x205f || // Medium Mathematical Space
                    code === 0x3000 || // Ideographic Space
                    code === 0xfeff    // Byte Order Mark
                )
            )
        ) {
            return false
        }
    }
    return true
}

function isNonEmptyString(value) {
    return typeof value === 'string' && value.length > 0
}

function isSemverString(value) {
    return typeof value === 'string' && regexSemverNumberedGroups.test(value)
}

function lowerName(purl) {
    purl.name = purl.name.toLowerCase()
}

function lowerNamespace(purl) {
    const { namespace } = purl
    if (typeof namespace === 'string') {
        purl.namespace = namespace.toLowerCase()
    }
}

function lowerVersion(purl) {
    const { version } = purl
    if (typeof version === 'string') {
        purl.version = version.toLowerCase()
    }
}

function replaceDashesWithUnderscores(str) {
    // Replace all "-" with "_"
    let result = ''
    let fromIndex = 0
    let index = 0
    while ((index = str.indexOf('-', fromIndex)) !== -1) {
        result = result + str.slice(fromIndex, index) + '_'
        fromIndex = index + 1
    }
    return fromIndex ? result + str.slice(fromIndex) : str
}

function replaceUnderscoresWithDashes(str) {
    // Replace all "_" with "-"
    let result = ''
    let fromIndex = 0
    let index = 0
    while ((index = str.indexOf('_', fromIndex)) !== -1) {
        result = result + str.slice(fromIndex, index) + '-'
        fromIndex = index + 1
    }
    return fromIndex ? result + str.slice(fromIndex) : str
}

function trimLeadingSlashes(str) {
    let start = 0
    while (str.charCodeAt(start) === 47 /*'/'*/) {
        start += 1
    }
    return start === 0 ? str : str.slice(start)
}

module.exports = {
    isBlank,
    isNonEmptyString,
    isSemverString,
    localeCompare,
    lowerName,
    lowerNamespace,
    lowerVersion,
    replaceDashesWithUnderscores,
    replaceUnderscoresWithDashes,
    trimLeadingSlashes
}


/***/ }),

/***/ 3206:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const { PurlError } = __nccwpck_require__(616)
const { isNullishOrEmptyString } = __nccwpck_require__(6808)
const { isNonEmptyString } = __nccwpck_require__(2764)

function validateEmptyByType(type, name, value, throws) {
    if (!isNullishOrEmptyString(value)) {
        if (throws) {
            throw new PurlError(`${type} "${name}" component must be empty`)
        }
        return false
    }
    return true
}

function validateName(name, throws) {
    return (
        validateRequired('name', name, throws) &&
        validateStrings('name', name, throws)
    )
}

function validateNamespace(namespace, throws) {
    return validateStrings('namespace', namespace, throws)
}

function validateQualifiers(qualifiers, throws) {
    if (qualifiers === null || qualifiers === undefined) {
        return true
    }
    if (typeof qualifiers !== 'object') {
        if (throws) {
            throw new PurlError('"qualifiers" must be an object')
        }
        return false
    }
    const keysIterable =
        // URL searchParams have an "keys" method that returns an iterator.
        typeof qualifiers.keys === 'function'
            ? qualifiers.keys()
            : Object.keys(qualifiers)
    for (const key of keysIterable) {
        if (!validateQualifierKey(key, throws)) {
            return false
        }
    }
    return true
}

function validateQualifierKey(key, throws) {
    // A key cannot start with a number.
    if (!validateStartsWithoutNumber('qualifier', key, throws)) {
        return false
    }
    // The key must be composed only of ASCII letters and numbers,
    // '.', '-' and '_' (period, dash and underscore).
    for (let i = 0, { length } = key; i < length; i += 1) {
        const code = key.charCodeAt(i)
        // prettier-ignore
        if (
            !(
                (
                    (code >= 48 && code <= 57)  || // 0-9
                    (code >= 65 && code <= 90)  || // A-Z
                    (code >= 97 && code <= 122) || // a-z
                    code === 46 || // .
                    code === 45 || // -
                    code === 95    // _
                )
            )
        ) {
            if (throws) {
                throw new PurlError(
                    `qualifier "${key}" contains an illegal character`
                )
            }
            return false
        }
    }
    return true
}

function validateRequired(name, value, throws) {
    if (isNullishOrEmptyString(value)) {
        if (throws) {
            throw new PurlError(`"${name}" is a required component`)
        }
        return false
    }
    return true
}

function validateRequiredByType(type, name, value, throws) {
    if (isNullishOrEmptyString(value)) {
        if (throws) {
            throw new PurlError(`${type} requires a "${name}" component`)
        }
        return false
    }
    return true
}

function validateStartsWithoutNumber(name, value, throws) {
    if (isNonEmptyString(value)) {
        const code = value.charCodeAt(0)
        if (code >= 48 /*'0'*/ && code <= 57 /*'9'*/) {
            if (throws) {
                throw new PurlError(
                    `${name} "${value}" cannot start with a number`
                )
            }
            return false
        }
    }
    return true
}

function validateStrings(name, value, throws) {
    if (value === null || value === undefined || typeof value === 'string') {
        return true
    }
    if (throws) {
        throw new PurlError(`"'${name}" must be a string`)
    }
    return false
}

function validateSubpath(subpath, throws) {
    return validateStrings('subpath', subpath, throws)
}

function validateType(type, throws) {
    // The type cannot be nullish, an empty string, or start with a number.
    if (
        !validateRequired('type', type, throws) ||
        !validateStrings('type', type, throws) ||
        !validateStartsWithoutNumber('type', type, throws)
    ) {
        return false
    }
    // The package type is composed only of ASCII letters and numbers,
    // '.', '+' and '-' (period, plus, and dash)
    for (let i = 0, { length } = type; i < length; i += 1) {
        const code = type.charCodeAt(i)
        // prettier-ignore
        if (
            !(
                (
                    (code >= 48 && code <= 57)  || // 0-9
                    (code >= 65 && code <= 90)  || // A-Z
                    (code >= 97 && code <= 122) || // a-z
                    code === 46 || // .
                    code === 43 || // +
                    code === 45    // -
                )
            )
        ) {
            if (throws) {
                throw new PurlError(
                    `type "${type}" contains an illegal character`
                )
            }
            return false
        }
    }
    return true
}

function validateVersion(version, throws) {
    return validateStrings('version', version, throws)
}

module.exports = {
    validateEmptyByType,
    validateName,
    validateNamespace,
    validateQualifiers,
    validateQualifierKey,
    validateRequired,
    validateRequiredByType,
    validateStartsWithoutNumber,
    validateStrings,
    validateSubpath,
    validateType,
    validateVersion
}


/***/ }),

/***/ 9379:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const ANY = Symbol('SemVer ANY')
// hoisted class for cyclic dependency
class Comparator {
  static get ANY () {
    return ANY
  }

  constructor (comp, options) {
    options = parseOptions(options)

    if (comp instanceof Comparator) {
      if (comp.loose === !!options.loose) {
        return comp
      } else {
        comp = comp.value
      }
    }

    comp = comp.trim().split(/\s+/).join(' ')
    debug('comparator', comp, options)
    this.options = options
    this.loose = !!options.loose
    this.parse(comp)

    if (this.semver === ANY) {
      this.value = ''
    } else {
      this.value = this.operator + this.semver.version
    }

    debug('comp', this)
  }

  parse (comp) {
    const r = this.options.loose ? re[t.COMPARATORLOOSE] : re[t.COMPARATOR]
    const m = comp.match(r)

    if (!m) {
      throw new TypeError(`Invalid comparator: ${comp}`)
    }

    this.operator = m[1] !== undefined ? m[1] : ''
    if (this.operator === '=') {
      this.operator = ''
    }

    // if it literally is just '>' or '' then allow anything.
    if (!m[2]) {
      this.semver = ANY
    } else {
      this.semver = new SemVer(m[2], this.options.loose)
    }
  }

  toString () {
    return this.value
  }

  test (version) {
    debug('Comparator.test', version, this.options.loose)

    if (this.semver === ANY || version === ANY) {
      return true
    }

    if (typeof version === 'string') {
      try {
        version = new SemVer(version, this.options)
      } catch (er) {
        return false
      }
    }

    return cmp(version, this.operator, this.semver, this.options)
  }

  intersects (comp, options) {
    if (!(comp instanceof Comparator)) {
      throw new TypeError('a Comparator is required')
    }

    if (this.operator === '') {
      if (this.value === '') {
        return true
      }
      return new Range(comp.value, options).test(this.value)
    } else if (comp.operator === '') {
      if (comp.value === '') {
        return true
      }
      return new Range(this.value, options).test(comp.semver)
    }

    options = parseOptions(options)

    // Special cases where nothing can possibly be lower
    if (options.includePrerelease &&
      (this.value === '<0.0.0-0' || comp.value === '<0.0.0-0')) {
      return false
    }
    if (!options.includePrerelease &&
      (this.value.startsWith('<0.0.0') || comp.value.startsWith('<0.0.0'))) {
      return false
    }

    // Same direction increasing (> or >=)
    if (this.operator.startsWith('>') && comp.operator.startsWith('>')) {
      return true
    }
    // Same direction decreasing (< or <=)
    if (this.operator.startsWith('<') && comp.operator.startsWith('<')) {
      return true
    }
    // same SemVer and both sides are inclusive (<= or >=)
    if (
      (this.semver.version === comp.semver.version) &&
      this.operator.includes('=') && comp.operator.includes('=')) {
      return true
    }
    // opposite directions less than
    if (cmp(this.semver, '<', comp.semver, options) &&
      this.operator.startsWith('>') && comp.operator.startsWith('<')) {
      return true
    }
    // opposite directions greater than
    if (cmp(this.semver, '>', comp.semver, options) &&
      this.operator.startsWith('<') && comp.operator.startsWith('>')) {
      return true
    }
    return false
  }
}

module.exports = Comparator

const parseOptions = __nccwpck_require__(356)
const { safeRe: re, t } = __nccwpck_require__(5471)
const cmp = __nccwpck_require__(8646)
const debug = __nccwpck_require__(1159)
const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)


/***/ }),

/***/ 6782:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SPACE_CHARACTERS = /\s+/g

// hoisted class for cyclic dependency
class Range {
  constructor (range, options) {
    options = parseOptions(options)

    if (range instanceof Range) {
      if (
        range.loose === !!options.loose &&
        range.includePrerelease === !!options.includePrerelease
      ) {
        return range
      } else {
        return new Range(range.raw, options)
      }
    }

    if (range instanceof Comparator) {
      // just put it in the set and return
      this.raw = range.value
      this.set = [[range]]
      this.formatted = undefined
      return this
    }

    this.options = options
    this.loose = !!options.loose
    this.includePrerelease = !!options.includePrerelease

    // First reduce all whitespace as much as possible so we do not have to rely
    // on potentially slow regexes like \s*. This is then stored and used for
    // future error messages as well.
    this.raw = range.trim().replace(SPACE_CHARACTERS, ' ')

    // First, split on ||
    this.set = this.raw
      .split('||')
      // map the range to a 2d array of comparators
      .map(r => this.parseRange(r.trim()))
      // throw out any comparator lists that are empty
      // this generally means that it was not a valid range, which is allowed
      // in loose mode, but will still throw if the WHOLE range is invalid.
      .filter(c => c.length)

    if (!this.set.length) {
      throw new TypeError(`Invalid SemVer Range: ${this.raw}`)
    }

    // if we have any that are not the null set, throw out null sets.
    if (this.set.length > 1) {
      // keep the first one, in case they're all null sets
      const first = this.set[0]
      this.set = this.set.filter(c => !isNullSet(c[0]))
      if (this.set.length === 0) {
        this.set = [first]
      } else if (this.set.length > 1) {
        // if we have any that are *, then the range is just *
        for (const c of this.set) {
          if (c.length === 1 && isAny(c[0])) {
            this.set = [c]
            break
          }
        }
      }
    }

    this.formatted = undefined
  }

  get range () {
    if (this.formatted === undefined) {
      this.formatted = ''
      for (let i = 0; i < this.set.length; i++) {
        if (i > 0) {
          this.formatted += '||'
        }
        const comps = this.set[i]
        for (let k = 0; k < comps.length; k++) {
          if (k > 0) {
            this.formatted += ' '
          }
          this.formatted += comps[k].toString().trim()
        }
      }
    }
    return this.formatted
  }

  format () {
    return this.range
  }

  toString () {
    return this.range
  }

  parseRange (range) {
    // strip build metadata so it can't bleed into the version
    range = range.replace(BUILDSTRIPRE, '')

    // memoize range parsing for performance.
    // this is a very hot path, and fully deterministic.
    const memoOpts =
      (this.options.includePrerelease && FLAG_INCLUDE_PRERELEASE) |
      (this.options.loose && FLAG_LOOSE)
    const memoKey = memoOpts + ':' + range
    const cached = cache.get(memoKey)
    if (cached) {
      return cached
    }

    const loose = this.options.loose
    // `1.2.3 - 1.2.4` => `>=1.2.3 <=1.2.4`
    const hr = loose ? re[t.HYPHENRANGELOOSE] : re[t.HYPHENRANGE]
    range = range.replace(hr, hyphenReplace(this.options.includePrerelease))
    debug('hyphen replace', range)

    // `> 1.2.3 < 1.2.5` => `>1.2.3 <1.2.5`
    range = trimComparatorWhitespace(range)
    debug('comparator trim', range)

    // `~ 1.2.3` => `~1.2.3`
    range = range.replace(re[t.TILDETRIM], tildeTrimReplace)
    debug('tilde trim', range)

    // `^ 1.2.3` => `^1.2.3`
    range = range.replace(re[t.CARETTRIM], caretTrimReplace)
    debug('caret trim', range)

    // At this point, the range is completely trimmed and
    // ready to be split into comparators.

    let rangeList = range
      .split(' ')
      .map(comp => parseComparator(comp, this.options))
      .join(' ')
      .split(/\s+/)
      // >=0.0.0 is equivalent to *
      .map(comp => replaceGTE0(comp, this.options))

    if (loose) {
      // in loose mode, throw out any that are not valid comparators
      rangeList = rangeList.filter(comp => {
        debug('loose invalid filter', comp, this.options)
        return !!comp.match(re[t.COMPARATORLOOSE])
      })
    }
    debug('range list', rangeList)

    // if any comparators are the null set, then replace with JUST null set
    // if more than one comparator, remove any * comparators
    // also, don't include the same comparator more than once
    const rangeMap = new Map()
    const comparators = rangeList.map(comp => new Comparator(comp, this.options))
    for (const comp of comparators) {
      if (isNullSet(comp)) {
        return [comp]
      }
      rangeMap.set(comp.value, comp)
    }
    if (rangeMap.size > 1 && rangeMap.has('')) {
      rangeMap.delete('')
    }

    const result = [...rangeMap.values()]
    cache.set(memoKey, result)
    return result
  }

  intersects (range, options) {
    if (!(range instanceof Range)) {
      throw new TypeError('a Range is required')
    }

    return this.set.some((thisComparators) => {
      return (
        isSatisfiable(thisComparators, options) &&
        range.set.some((rangeComparators) => {
          return (
            isSatisfiable(rangeComparators, options) &&
            thisComparators.every((thisComparator) => {
              return rangeComparators.every((rangeComparator) => {
                return thisComparator.intersects(rangeComparator, options)
              })
            })
          )
        })
      )
    })
  }

  // if ANY of the sets match ALL of its comparators, then pass
  test (version) {
    if (!version) {
      return false
    }

    if (typeof version === 'string') {
      try {
        version = new SemVer(version, this.options)
      } catch (er) {
        return false
      }
    }

    for (let i = 0; i < this.set.length; i++) {
      if (testSet(this.set[i], version, this.options)) {
        return true
      }
    }
    return false
  }
}

module.exports = Range

const LRU = __nccwpck_require__(1383)
const cache = new LRU()

const parseOptions = __nccwpck_require__(356)
const Comparator = __nccwpck_require__(9379)
const debug = __nccwpck_require__(1159)
const SemVer = __nccwpck_require__(7163)
const trimComparatorWhitespace = __nccwpck_require__(9737)
const {
  safeRe: re,
  src,
  t,
  tildeTrimReplace,
  caretTrimReplace,
} = __nccwpck_require__(5471)
const { FLAG_INCLUDE_PRERELEASE, FLAG_LOOSE } = __nccwpck_require__(5101)

// unbounded global build-metadata stripper used by parseRange
const BUILDSTRIPRE = new RegExp(src[t.BUILD], 'g')

const isNullSet = c => c.value === '<0.0.0-0'
const isAny = c => c.value === ''

// take a set of comparators and determine whether there
// exists a version which can satisfy it
const isSatisfiable = (comparators, options) => {
  let result = true
  const remainingComparators = comparators.slice()
  let testComparator = remainingComparators.pop()

  while (result && remainingComparators.length) {
    result = remainingComparators.every((otherComparator) => {
      return testComparator.intersects(otherComparator, options)
    })

    testComparator = remainingComparators.pop()
  }

  return result
}

// comprised of xranges, tildes, stars, and gtlt's at this point.
// already replaced the hyphen ranges
// turn into a set of JUST comparators.
const parseComparator = (comp, options) => {
  comp = comp.replace(re[t.BUILD], '')
  debug('comp', comp, options)
  comp = replaceCarets(comp, options)
  debug('caret', comp)
  comp = replaceTildes(comp, options)
  debug('tildes', comp)
  comp = replaceXRanges(comp, options)
  debug('xrange', comp)
  comp = replaceStars(comp, options)
  debug('stars', comp)
  return comp
}

const isX = id => !id || id.toLowerCase() === 'x' || id === '*'

const invalidXRangeOrder = (M, m, p) => (
  (isX(M) && !isX(m)) ||
  (isX(m) && p && !isX(p))
)

// ~, ~> --> * (any, kinda silly)
// ~2, ~2.x, ~2.x.x, ~>2, ~>2.x ~>2.x.x --> >=2.0.0 <3.0.0-0
// ~2.0, ~2.0.x, ~>2.0, ~>2.0.x --> >=2.0.0 <2.1.0-0
// ~1.2, ~1.2.x, ~>1.2, ~>1.2.x --> >=1.2.0 <1.3.0-0
// ~1.2.3, ~>1.2.3 --> >=1.2.3 <1.3.0-0
// ~1.2.0, ~>1.2.0 --> >=1.2.0 <1.3.0-0
// ~0.0.1 --> >=0.0.1 <0.1.0-0
const replaceTildes = (comp, options) => {
  return comp
    .trim()
    .split(/\s+/)
    .map((c) => replaceTilde(c, options))
    .join(' ')
}

const replaceTilde = (comp, options) => {
  const r = options.loose ? re[t.TILDELOOSE] : re[t.TILDE]
  // if we're including prereleases in the match, then the lower bound is
  // -0, the lowest possible prerelease value, just like x-ranges and carets.
  // this keeps `~1.2` equivalent to the `1.2.x` x-range it's documented as.
  const z = options.includePrerelease ? '-0' : ''
  return comp.replace(r, (_, M, m, p, pr) => {
    debug('tilde', comp, _, M, m, p, pr)
    let ret

    if (isX(M)) {
      ret = ''
    } else if (isX(m)) {
      ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`
    } else if (isX(p)) {
      // ~1.2 == >=1.2.0 <1.3.0-0
      ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`
    } else if (pr) {
      debug('replaceTilde pr', pr)
      ret = `>=${M}.${m}.${p}-${pr
      } <${M}.${+m + 1}.0-0`
    } else {
      // ~1.2.3 == >=1.2.3 <1.3.0-0
      ret = `>=${M}.${m}.${p
      } <${M}.${+m + 1}.0-0`
    }

    debug('tilde return', ret)
    return ret
  })
}

// ^ --> * (any, kinda silly)
// ^2, ^2.x, ^2.x.x --> >=2.0.0 <3.0.0-0
// ^2.0, ^2.0.x --> >=2.0.0 <3.0.0-0
// ^1.2, ^1.2.x --> >=1.2.0 <2.0.0-0
// ^1.2.3 --> >=1.2.3 <2.0.0-0
// ^1.2.0 --> >=1.2.0 <2.0.0-0
// ^0.0.1 --> >=0.0.1 <0.0.2-0
// ^0.1.0 --> >=0.1.0 <0.2.0-0
const replaceCarets = (comp, options) => {
  return comp
    .trim()
    .split(/\s+/)
    .map((c) => replaceCaret(c, options))
    .join(' ')
}

const replaceCaret = (comp, options) => {
  debug('caret', comp, options)
  const r = options.loose ? re[t.CARETLOOSE] : re[t.CARET]
  const z = options.includePrerelease ? '-0' : ''
  return comp.replace(r, (_, M, m, p, pr) => {
    debug('caret', comp, _, M, m, p, pr)
    let ret

    if (isX(M)) {
      ret = ''
    } else if (isX(m)) {
      ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`
    } else if (isX(p)) {
      if (M === '0') {
        ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`
      } else {
        ret = `>=${M}.${m}.0${z} <${+M + 1}.0.0-0`
      }
    } else if (pr) {
      debug('replaceCaret pr', pr)
      if (M === '0') {
        if (m === '0') {
          ret = `>=${M}.${m}.${p}-${pr
          } <${M}.${m}.${+p + 1}-0`
        } else {
          ret = `>=${M}.${m}.${p}-${pr
          } <${M}.${+m + 1}.0-0`
        }
      } else {
        ret = `>=${M}.${m}.${p}-${pr
        } <${+M + 1}.0.0-0`
      }
    } else {
      debug('no pr')
      if (M === '0') {
        if (m === '0') {
          ret = `>=${M}.${m}.${p
          } <${M}.${m}.${+p + 1}-0`
        } else {
          ret = `>=${M}.${m}.${p
          } <${M}.${+m + 1}.0-0`
        }
      } else {
        ret = `>=${M}.${m}.${p
        } <${+M + 1}.0.0-0`
      }
    }

    debug('caret return', ret)
    return ret
  })
}

const replaceXRanges = (comp, options) => {
  debug('replaceXRanges', comp, options)
  return comp
    .split(/\s+/)
    .map((c) => replaceXRange(c, options))
    .join(' ')
}

const replaceXRange = (comp, options) => {
  comp = comp.trim()
  const r = options.loose ? re[t.XRANGELOOSE] : re[t.XRANGE]
  return comp.replace(r, (ret, gtlt, M, m, p, pr) => {
    debug('xRange', comp, ret, gtlt, M, m, p, pr)
    if (invalidXRangeOrder(M, m, p)) {
      return comp
    }

    const xM = isX(M)
    const xm = xM || isX(m)
    const xp = xm || isX(p)
    const anyX = xp

    if (gtlt === '=' && anyX) {
      gtlt = ''
    }

    // if we're including prereleases in the match, then we need
    // to fix this to -0, the lowest possible prerelease value
    pr = options.includePrerelease ? '-0' : ''

    if (xM) {
      if (gtlt === '>' || gtlt === '<') {
        // nothing is allowed
        ret = '<0.0.0-0'
      } else {
        // nothing is forbidden
        ret = '*'
      }
    } else if (gtlt && anyX) {
      // we know patch is an x, because we have any x at all.
      // replace X with 0
      if (xm) {
        m = 0
      }
      p = 0

      if (gtlt === '>') {
        // >1 => >=2.0.0
        // >1.2 => >=1.3.0
        gtlt = '>='
        if (xm) {
          M = +M + 1
          m = 0
          p = 0
        } else {
          m = +m + 1
          p = 0
        }
      } else if (gtlt === '<=') {
        // <=0.7.x is actually <0.8.0, since any 0.7.x should
        // pass.  Similarly, <=7.x is actually <8.0.0, etc.
        gtlt = '<'
        if (xm) {
          M = +M + 1
        } else {
          m = +m + 1
        }
      }

      if (gtlt === '<') {
        pr = '-0'
      }

      ret = `${gtlt + M}.${m}.${p}${pr}`
    } else if (xm) {
      ret = `>=${M}.0.0${pr} <${+M + 1}.0.0-0`
    } else if (xp) {
      ret = `>=${M}.${m}.0${pr
      } <${M}.${+m + 1}.0-0`
    }

    debug('xRange return', ret)

    return ret
  })
}

// Because * is AND-ed with everything else in the comparator,
// and '' means "any version", just remove the *s entirely.
const replaceStars = (comp, options) => {
  debug('replaceStars', comp, options)
  // Looseness is ignored here.  star is always as loose as it gets!
  return comp
    .trim()
    .replace(re[t.STAR], '')
}

const replaceGTE0 = (comp, options) => {
  debug('replaceGTE0', comp, options)
  return comp
    .trim()
    .replace(re[options.includePrerelease ? t.GTE0PRE : t.GTE0], '')
}

// This function is passed to string.replace(re[t.HYPHENRANGE])
// M, m, patch, prerelease, build
// 1.2 - 3.4.5 => >=1.2.0 <=3.4.5
// 1.2.3 - 3.4 => >=1.2.0 <3.5.0-0 Any 3.4.x will do
// 1.2 - 3.4 => >=1.2.0 <3.5.0-0
// TODO build?
const hyphenReplace = incPr => ($0,
  from, fM, fm, fp, fpr, fb,
  to, tM, tm, tp, tpr) => {
  if (isX(fM)) {
    from = ''
  } else if (isX(fm)) {
    from = `>=${fM}.0.0${incPr ? '-0' : ''}`
  } else if (isX(fp)) {
    from = `>=${fM}.${fm}.0${incPr ? '-0' : ''}`
  } else if (fpr) {
    from = `>=${from}`
  } else {
    from = `>=${from}${incPr ? '-0' : ''}`
  }

  if (isX(tM)) {
    to = ''
  } else if (isX(tm)) {
    to = `<${+tM + 1}.0.0-0`
  } else if (isX(tp)) {
    to = `<${tM}.${+tm + 1}.0-0`
  } else if (tpr) {
    to = `<=${tM}.${tm}.${tp}-${tpr}`
  } else if (incPr) {
    to = `<${tM}.${tm}.${+tp + 1}-0`
  } else {
    to = `<=${to}`
  }

  return `${from} ${to}`.trim()
}

const testSet = (set, version, options) => {
  for (let i = 0; i < set.length; i++) {
    if (!set[i].test(version)) {
      return false
    }
  }

  if (version.prerelease.length && !options.includePrerelease) {
    // Find the set of versions that are allowed to have prereleases
    // For example, ^1.2.3-pr.1 desugars to >=1.2.3-pr.1 <2.0.0
    // That should allow `1.2.3-pr.2` to pass.
    // However, `1.2.4-alpha.notready` should NOT be allowed,
    // even though it's within the range set by the comparators.
    for (let i = 0; i < set.length; i++) {
      debug(set[i].semver)
      if (set[i].semver === Comparator.ANY) {
        continue
      }

      if (set[i].semver.prerelease.length > 0) {
        const allowed = set[i].semver
        if (allowed.major === version.major &&
            allowed.minor === version.minor &&
            allowed.patch === version.patch) {
          return true
        }
      }
    }

    // Version has a -pre, but it's not one of the ones we like.
    return false
  }

  return true
}


/***/ }),

/***/ 7163:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const debug = __nccwpck_require__(1159)
const { MAX_LENGTH, MAX_SAFE_INTEGER } = __nccwpck_require__(5101)
const { safeRe: re, t } = __nccwpck_require__(5471)

const parseOptions = __nccwpck_require__(356)
const { compareIdentifiers } = __nccwpck_require__(3348)

const isPrereleaseIdentifier = (prerelease, identifier) => {
  const identifiers = identifier.split('.')
  if (identifiers.length > prerelease.length) {
    return false
  }

  for (let i = 0; i < identifiers.length; i++) {
    if (compareIdentifiers(prerelease[i], identifiers[i]) !== 0) {
      return false
    }
  }

  return true
}

class SemVer {
  constructor (version, options) {
    options = parseOptions(options)

    if (version instanceof SemVer) {
      if (version.loose === !!options.loose &&
        version.includePrerelease === !!options.includePrerelease) {
        return version
      } else {
        version = version.version
      }
    } else if (typeof version !== 'string') {
      throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version}".`)
    }

    if (version.length > MAX_LENGTH) {
      throw new TypeError(
        `version is longer than ${MAX_LENGTH} characters`
      )
    }

    debug('SemVer', version, options)
    this.options = options
    this.loose = !!options.loose
    // this isn't actually relevant for versions, but keep it so that we
    // don't run into trouble passing this.options around.
    this.includePrerelease = !!options.includePrerelease

    const m = version.trim().match(options.loose ? re[t.LOOSE] : re[t.FULL])

    if (!m) {
      throw new TypeError(`Invalid Version: ${version}`)
    }

    this.raw = version

    // these are actually numbers
    this.major = +m[1]
    this.minor = +m[2]
    this.patch = +m[3]

    if (this.major > MAX_SAFE_INTEGER || this.major < 0) {
      throw new TypeError('Invalid major version')
    }

    if (this.minor > MAX_SAFE_INTEGER || this.minor < 0) {
      throw new TypeError('Invalid minor version')
    }

    if (this.patch > MAX_SAFE_INTEGER || this.patch < 0) {
      throw new TypeError('Invalid patch version')
    }

    // numberify any prerelease numeric ids
    if (!m[4]) {
      this.prerelease = []
    } else {
      this.prerelease = m[4].split('.').map((id) => {
        if (/^[0-9]+$/.test(id)) {
          const num = +id
          if (num >= 0 && num < MAX_SAFE_INTEGER) {
            return num
          }
        }
        return id
      })
    }

    this.build = m[5] ? m[5].split('.') : []
    this.format()
  }

  format () {
    this.version = `${this.major}.${this.minor}.${this.patch}`
    if (this.prerelease.length) {
      this.version += `-${this.prerelease.join('.')}`
    }
    return this.version
  }

  toString () {
    return this.version
  }

  compare (other) {
    debug('SemVer.compare', this.version, this.options, other)
    if (!(other instanceof SemVer)) {
      if (typeof other === 'string' && other === this.version) {
        return 0
      }
      other = new SemVer(other, this.options)
    }

    if (other.version === this.version) {
      return 0
    }

    return this.compareMain(other) || this.comparePre(other)
  }

  compareMain (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    if (this.major < other.major) {
      return -1
    }
    if (this.major > other.major) {
      return 1
    }
    if (this.minor < other.minor) {
      return -1
    }
    if (this.minor > other.minor) {
      return 1
    }
    if (this.patch < other.patch) {
      return -1
    }
    if (this.patch > other.patch) {
      return 1
    }
    return 0
  }

  comparePre (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    // NOT having a prerelease is > having one
    if (this.prerelease.length && !other.prerelease.length) {
      return -1
    } else if (!this.prerelease.length && other.prerelease.length) {
      return 1
    } else if (!this.prerelease.length && !other.prerelease.length) {
      return 0
    }

    let i = 0
    do {
      const a = this.prerelease[i]
      const b = other.prerelease[i]
      debug('prerelease compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  compareBuild (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    let i = 0
    do {
      const a = this.build[i]
      const b = other.build[i]
      debug('build compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  // preminor will bump the version up to the next minor release, and immediately
  // down to pre-release. premajor and prepatch work the same way.
  inc (release, identifier, identifierBase) {
    if (release.startsWith('pre')) {
      if (!identifier && identifierBase === false) {
        throw new Error('invalid increment argument: identifier is empty')
      }
      // Avoid an invalid semver results
      if (identifier) {
        const match = `-${identifier}`.match(this.options.loose ? re[t.PRERELEASELOOSE] : re[t.PRERELEASE])
        if (!match || match[1] !== identifier) {
          throw new Error(`invalid identifier: ${identifier}`)
        }
      }
    }

    switch (release) {
      case 'premajor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor = 0
        this.major++
        this.inc('pre', identifier, identifierBase)
        break
      case 'preminor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor++
        this.inc('pre', identifier, identifierBase)
        break
      case 'prepatch':
        // If this is already a prerelease, it will bump to the next version
        // drop any prereleases that might already exist, since they are not
        // relevant at this point.
        this.prerelease.length = 0
        this.inc('patch', identifier, identifierBase)
        this.inc('pre', identifier, identifierBase)
        break
      // If the input is a non-prerelease version, this acts the same as
      // prepatch.
      case 'prerelease':
        if (this.prerelease.length === 0) {
          this.inc('patch', identifier, identifierBase)
        }
        this.inc('pre', identifier, identifierBase)
        break
      case 'release':
        if (this.prerelease.length === 0) {
          throw new Error(`version ${this.raw} is not a prerelease`)
        }
        this.prerelease.length = 0
        break

      case 'major':
        // If this is a pre-major version, bump up to the same major version.
        // Otherwise increment major.
        // 1.0.0-5 bumps to 1.0.0
        // 1.1.0 bumps to 2.0.0
        if (
          this.minor !== 0 ||
          this.patch !== 0 ||
          this.prerelease.length === 0
        ) {
          this.major++
        }
        this.minor = 0
        this.patch = 0
        this.prerelease = []
        break
      case 'minor':
        // If this is a pre-minor version, bump up to the same minor version.
        // Otherwise increment minor.
        // 1.2.0-5 bumps to 1.2.0
        // 1.2.1 bumps to 1.3.0
        if (this.patch !== 0 || this.prerelease.length === 0) {
          this.minor++
        }
        this.patch = 0
        this.prerelease = []
        break
      case 'patch':
        // If this is not a pre-release version, it will increment the patch.
        // If it is a pre-release it will bump up to the same patch version.
        // 1.2.0-5 patches to 1.2.0
        // 1.2.0 patches to 1.2.1
        if (this.prerelease.length === 0) {
          this.patch++
        }
        this.prerelease = []
        break
      // This probably shouldn't be used publicly.
      // 1.0.0 'pre' would become 1.0.0-0 which is the wrong direction.
      case 'pre': {
        const base = Number(identifierBase) ? 1 : 0

        if (this.prerelease.length === 0) {
          this.prerelease = [base]
        } else {
          let i = this.prerelease.length
          while (--i >= 0) {
            if (typeof this.prerelease[i] === 'number') {
              this.prerelease[i]++
              i = -2
            }
          }
          if (i === -1) {
            // didn't increment anything
            if (identifier === this.prerelease.join('.') && identifierBase === false) {
              throw new Error('invalid increment argument: identifier already exists')
            }
            this.prerelease.push(base)
          }
        }
        if (identifier) {
          // 1.2.0-beta.1 bumps to 1.2.0-beta.2,
          // 1.2.0-beta.fooblz or 1.2.0-beta bumps to 1.2.0-beta.0
          let prerelease = [identifier, base]
          if (identifierBase === false) {
            prerelease = [identifier]
          }
          if (isPrereleaseIdentifier(this.prerelease, identifier)) {
            const prereleaseBase = this.prerelease[identifier.split('.').length]
            if (isNaN(prereleaseBase)) {
              this.prerelease = prerelease
            }
          } else {
            this.prerelease = prerelease
          }
        }
        break
      }
      default:
        throw new Error(`invalid increment argument: ${release}`)
    }
    this.raw = this.format()
    if (this.build.length) {
      this.raw += `+${this.build.join('.')}`
    }
    return this
  }
}

module.exports = SemVer


/***/ }),

/***/ 1799:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const clean = (version, options) => {
  const s = parse(version.trim().replace(/^[=v]+/, ''), options)
  return s ? s.version : null
}
module.exports = clean


/***/ }),

/***/ 8646:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const eq = __nccwpck_require__(5082)
const neq = __nccwpck_require__(4974)
const gt = __nccwpck_require__(6599)
const gte = __nccwpck_require__(1236)
const lt = __nccwpck_require__(3872)
const lte = __nccwpck_require__(6717)

const cmp = (a, op, b, loose) => {
  switch (op) {
    case '===':
      if (typeof a === 'object') {
        a = a.version
      }
      if (typeof b === 'object') {
        b = b.version
      }
      return a === b

    case '!==':
      if (typeof a === 'object') {
        a = a.version
      }
      if (typeof b === 'object') {
        b = b.version
      }
      return a !== b

    case '':
    case '=':
    case '==':
      return eq(a, b, loose)

    case '!=':
      return neq(a, b, loose)

    case '>':
      return gt(a, b, loose)

    case '>=':
      return gte(a, b, loose)

    case '<':
      return lt(a, b, loose)

    case '<=':
      return lte(a, b, loose)

    default:
      throw new TypeError(`Invalid operator: ${op}`)
  }
}
module.exports = cmp


/***/ }),

/***/ 5385:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const parse = __nccwpck_require__(6353)
const { safeRe: re, t } = __nccwpck_require__(5471)

const coerce = (version, options) => {
  if (version instanceof SemVer) {
    return version
  }

  if (typeof version === 'number') {
    version = String(version)
  }

  if (typeof version !== 'string') {
    return null
  }

  options = options || {}

  let match = null
  if (!options.rtl) {
    match = version.match(options.includePrerelease ? re[t.COERCEFULL] : re[t.COERCE])
  } else {
    // Find the right-most coercible string that does not share
    // a terminus with a more left-ward coercible string.
    // Eg, '1.2.3.4' wants to coerce '2.3.4', not '3.4' or '4'
    // With includePrerelease option set, '1.2.3.4-rc' wants to coerce '2.3.4-rc', not '2.3.4'
    //
    // Walk through the string checking with a /g regexp
    // Manually set the index so as to pick up overlapping matches.
    // Stop when we get a match that ends at the string end, since no
    // coercible string can be more right-ward without the same terminus.
    const coerceRtlRegex = options.includePrerelease ? re[t.COERCERTLFULL] : re[t.COERCERTL]
    let next
    while ((next = coerceRtlRegex.exec(version)) &&
        (!match || match.index + match[0].length !== version.length)
    ) {
      if (!match ||
            next.index + next[0].length !== match.index + match[0].length) {
        match = next
      }
      coerceRtlRegex.lastIndex = next.index + next[1].length + next[2].length
    }
    // leave it in a clean state
    coerceRtlRegex.lastIndex = -1
  }

  if (match === null) {
    return null
  }

  const major = match[2]
  const minor = match[3] || '0'
  const patch = match[4] || '0'
  const prerelease = options.includePrerelease && match[5] ? `-${match[5]}` : ''
  const build = options.includePrerelease && match[6] ? `+${match[6]}` : ''

  return parse(`${major}.${minor}.${patch}${prerelease}${build}`, options)
}
module.exports = coerce


/***/ }),

/***/ 7648:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const compareBuild = (a, b, loose) => {
  const versionA = new SemVer(a, loose)
  const versionB = new SemVer(b, loose)
  return versionA.compare(versionB) || versionA.compareBuild(versionB)
}
module.exports = compareBuild


/***/ }),

/***/ 6874:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const compareLoose = (a, b) => compare(a, b, true)
module.exports = compareLoose


/***/ }),

/***/ 8469:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const compare = (a, b, loose) =>
  new SemVer(a, loose).compare(new SemVer(b, loose))

module.exports = compare


/***/ }),

/***/ 711:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)

const diff = (version1, version2) => {
  const v1 = parse(version1, null, true)
  const v2 = parse(version2, null, true)
  const comparison = v1.compare(v2)

  if (comparison === 0) {
    return null
  }

  const v1Higher = comparison > 0
  const highVersion = v1Higher ? v1 : v2
  const lowVersion = v1Higher ? v2 : v1
  const highHasPre = !!highVersion.prerelease.length
  const lowHasPre = !!lowVersion.prerelease.length

  if (lowHasPre && !highHasPre) {
    // Going from prerelease -> no prerelease requires some special casing

    // If the low version has only a major, then it will always be a major
    // Some examples:
    // 1.0.0-1 -> 1.0.0
    // 1.0.0-1 -> 1.1.1
    // 1.0.0-1 -> 2.0.0
    if (!lowVersion.patch && !lowVersion.minor) {
      return 'major'
    }

    // If the main part has no difference
    if (lowVersion.compareMain(highVersion) === 0) {
      if (lowVersion.minor && !lowVersion.patch) {
        return 'minor'
      }
      return 'patch'
    }
  }

  // add the `pre` prefix if we are going to a prerelease version
  const prefix = highHasPre ? 'pre' : ''

  if (v1.major !== v2.major) {
    return prefix + 'major'
  }

  if (v1.minor !== v2.minor) {
    return prefix + 'minor'
  }

  if (v1.patch !== v2.patch) {
    return prefix + 'patch'
  }

  // high and low are prereleases
  return 'prerelease'
}

module.exports = diff


/***/ }),

/***/ 5082:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const eq = (a, b, loose) => compare(a, b, loose) === 0
module.exports = eq


/***/ }),

/***/ 6599:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const gt = (a, b, loose) => compare(a, b, loose) > 0
module.exports = gt


/***/ }),

/***/ 1236:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const gte = (a, b, loose) => compare(a, b, loose) >= 0
module.exports = gte


/***/ }),

/***/ 2338:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)

const inc = (version, release, options, identifier, identifierBase) => {
  if (typeof (options) === 'string') {
    identifierBase = identifier
    identifier = options
    options = undefined
  }

  try {
    return new SemVer(
      version instanceof SemVer ? version.version : version,
      options
    ).inc(release, identifier, identifierBase).version
  } catch (er) {
    return null
  }
}
module.exports = inc


/***/ }),

/***/ 3872:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const lt = (a, b, loose) => compare(a, b, loose) < 0
module.exports = lt


/***/ }),

/***/ 6717:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const lte = (a, b, loose) => compare(a, b, loose) <= 0
module.exports = lte


/***/ }),

/***/ 8511:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const major = (a, loose) => new SemVer(a, loose).major
module.exports = major


/***/ }),

/***/ 2603:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const minor = (a, loose) => new SemVer(a, loose).minor
module.exports = minor


/***/ }),

/***/ 4974:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const neq = (a, b, loose) => compare(a, b, loose) !== 0
module.exports = neq


/***/ }),

/***/ 6353:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const parse = (version, options, throwErrors = false) => {
  if (version instanceof SemVer) {
    return version
  }
  try {
    return new SemVer(version, options)
  } catch (er) {
    if (!throwErrors) {
      return null
    }
    throw er
  }
}

module.exports = parse


/***/ }),

/***/ 8756:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const patch = (a, loose) => new SemVer(a, loose).patch
module.exports = patch


/***/ }),

/***/ 5714:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const prerelease = (version, options) => {
  const parsed = parse(version, options)
  return (parsed && parsed.prerelease.length) ? parsed.prerelease : null
}
module.exports = prerelease


/***/ }),

/***/ 2173:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const rcompare = (a, b, loose) => compare(b, a, loose)
module.exports = rcompare


/***/ }),

/***/ 7192:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compareBuild = __nccwpck_require__(7648)
const rsort = (list, loose) => list.sort((a, b) => compareBuild(b, a, loose))
module.exports = rsort


/***/ }),

/***/ 8011:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const satisfies = (version, range, options) => {
  try {
    range = new Range(range, options)
  } catch (er) {
    return false
  }
  return range.test(version)
}
module.exports = satisfies


/***/ }),

/***/ 9872:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compareBuild = __nccwpck_require__(7648)
const sort = (list, loose) => list.sort((a, b) => compareBuild(a, b, loose))
module.exports = sort


/***/ }),

/***/ 6114:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const constants = __nccwpck_require__(5101)
const SemVer = __nccwpck_require__(7163)

const truncate = (version, truncation, options) => {
  if (!constants.RELEASE_TYPES.includes(truncation)) {
    return null
  }

  const clonedVersion = cloneInputVersion(version, options)
  return clonedVersion && doTruncation(clonedVersion, truncation)
}

const cloneInputVersion = (version, options) => {
  const versionStringToParse = (
    version instanceof SemVer ? version.version : version
  )

  return parse(versionStringToParse, options)
}

const doTruncation = (version, truncation) => {
  if (isPrerelease(truncation)) {
    return version.version
  }

  version.prerelease = []

  switch (truncation) {
    case 'major':
      version.minor = 0
      version.patch = 0
      break
    case 'minor':
      version.patch = 0
      break
  }

  return version.format()
}

const isPrerelease = (type) => {
  return type.startsWith('pre')
}

module.exports = truncate


/***/ }),

/***/ 8780:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const valid = (version, options) => {
  const v = parse(version, options)
  return v ? v.version : null
}
module.exports = valid


/***/ }),

/***/ 2088:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// just pre-load all the stuff that index.js lazily exports
const internalRe = __nccwpck_require__(5471)
const constants = __nccwpck_require__(5101)
const SemVer = __nccwpck_require__(7163)
const identifiers = __nccwpck_require__(3348)
const parse = __nccwpck_require__(6353)
const valid = __nccwpck_require__(8780)
const clean = __nccwpck_require__(1799)
const inc = __nccwpck_require__(2338)
const diff = __nccwpck_require__(711)
const major = __nccwpck_require__(8511)
const minor = __nccwpck_require__(2603)
const patch = __nccwpck_require__(8756)
const prerelease = __nccwpck_require__(5714)
const compare = __nccwpck_require__(8469)
const rcompare = __nccwpck_require__(2173)
const compareLoose = __nccwpck_require__(6874)
const compareBuild = __nccwpck_require__(7648)
const sort = __nccwpck_require__(9872)
const rsort = __nccwpck_require__(7192)
const gt = __nccwpck_require__(6599)
const lt = __nccwpck_require__(3872)
const eq = __nccwpck_require__(5082)
const neq = __nccwpck_require__(4974)
const gte = __nccwpck_require__(1236)
const lte = __nccwpck_require__(6717)
const cmp = __nccwpck_require__(8646)
const coerce = __nccwpck_require__(5385)
const truncate = __nccwpck_require__(6114)
const Comparator = __nccwpck_require__(9379)
const Range = __nccwpck_require__(6782)
const satisfies = __nccwpck_require__(8011)
const toComparators = __nccwpck_require__(4750)
const maxSatisfying = __nccwpck_require__(3193)
const minSatisfying = __nccwpck_require__(8595)
const minVersion = __nccwpck_require__(1866)
const validRange = __nccwpck_require__(4737)
const outside = __nccwpck_require__(280)
const gtr = __nccwpck_require__(2276)
const ltr = __nccwpck_require__(5213)
const intersects = __nccwpck_require__(3465)
const simplifyRange = __nccwpck_require__(2028)
const subset = __nccwpck_require__(1489)
module.exports = {
  parse,
  valid,
  clean,
  inc,
  diff,
  major,
  minor,
  patch,
  prerelease,
  compare,
  rcompare,
  compareLoose,
  compareBuild,
  sort,
  rsort,
  gt,
  lt,
  eq,
  neq,
  gte,
  lte,
  cmp,
  coerce,
  truncate,
  Comparator,
  Range,
  satisfies,
  toComparators,
  maxSatisfying,
  minSatisfying,
  minVersion,
  validRange,
  outside,
  gtr,
  ltr,
  intersects,
  simplifyRange,
  subset,
  SemVer,
  re: internalRe.re,
  src: internalRe.src,
  tokens: internalRe.t,
  SEMVER_SPEC_VERSION: constants.SEMVER_SPEC_VERSION,
  RELEASE_TYPES: constants.RELEASE_TYPES,
  compareIdentifiers: identifiers.compareIdentifiers,
  rcompareIdentifiers: identifiers.rcompareIdentifiers,
}


/***/ }),

/***/ 5101:
/***/ ((module) => {



// Note: this is the semver.org version of the spec that it implements
// Not necessarily the package version of this code.
const SEMVER_SPEC_VERSION = '2.0.0'

const MAX_LENGTH = 256
const MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER ||
/* istanbul ignore next */ 9007199254740991

// Max safe segment length for coercion.
const MAX_SAFE_COMPONENT_LENGTH = 16

// Max safe length for a build identifier. The max length minus 6 characters for
// the shortest version with a build 0.0.0+BUILD.
const MAX_SAFE_BUILD_LENGTH = MAX_LENGTH - 6

// ECMAScript whitespace and line terminators matched by \s.
const WHITESPACE_CHARACTERS = [
  '\t',
  '\n',
  '\v',
  '\f',
  '\r',
  ' ',
  '\u00a0',
  '\u1680',
  '\u2000',
  '\u2001',
  '\u2002',
  '\u2003',
  '\u2004',
  '\u2005',
  '\u2006',
  '\u2007',
  '\u2008',
  '\u2009',
  '\u200a',
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u3000',
  '\ufeff',
]

const RELEASE_TYPES = [
  'major',
  'premajor',
  'minor',
  'preminor',
  'patch',
  'prepatch',
  'prerelease',
]

module.exports = {
  MAX_LENGTH,
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_SAFE_INTEGER,
  WHITESPACE_CHARACTERS,
  RELEASE_TYPES,
  SEMVER_SPEC_VERSION,
  FLAG_INCLUDE_PRERELEASE: 0b001,
  FLAG_LOOSE: 0b010,
}


/***/ }),

/***/ 1159:
/***/ ((module) => {



const debug = (
  typeof process === 'object' &&
  process.env &&
  process.env.NODE_DEBUG &&
  /\bsemver\b/i.test(process.env.NODE_DEBUG)
) ? (...args) => console.error('SEMVER', ...args)
  : () => {}

module.exports = debug


/***/ }),

/***/ 3348:
/***/ ((module) => {



const numeric = /^[0-9]+$/
const compareIdentifiers = (a, b) => {
  if (typeof a === 'number' && typeof b === 'number') {
    return a === b ? 0 : a < b ? -1 : 1
  }

  const anum = numeric.test(a)
  const bnum = numeric.test(b)

  if (anum && bnum) {
    a = +a
    b = +b
  }

  return a === b ? 0
    : (anum && !bnum) ? -1
    : (bnum && !anum) ? 1
    : a < b ? -1
    : 1
}

const rcompareIdentifiers = (a, b) => compareIdentifiers(b, a)

module.exports = {
  compareIdentifiers,
  rcompareIdentifiers,
}


/***/ }),

/***/ 1383:
/***/ ((module) => {



class LRUCache {
  constructor () {
    this.max = 1000
    this.map = new Map()
  }

  get (key) {
    const value = this.map.get(key)
    if (value === undefined) {
      return undefined
    } else {
      // Remove the key from the map and add it to the end
      this.map.delete(key)
      this.map.set(key, value)
      return value
    }
  }

  delete (key) {
    return this.map.delete(key)
  }

  set (key, value) {
    const deleted = this.delete(key)

    if (!deleted && value !== undefined) {
      // If cache is full, delete the least recently used item
      if (this.map.size >= this.max) {
        const firstKey = this.map.keys().next().value
        this.delete(firstKey)
      }

      this.map.set(key, value)
    }

    return this
  }
}

module.exports = LRUCache


/***/ }),

/***/ 356:
/***/ ((module) => {



// parse out just the options we care about
const looseOption = Object.freeze({ loose: true })
const emptyOpts = Object.freeze({ })
const parseOptions = options => {
  if (!options) {
    return emptyOpts
  }

  if (typeof options !== 'object') {
    return looseOption
  }

  return options
}
module.exports = parseOptions


/***/ }),

/***/ 5471:
/***/ ((module, exports, __nccwpck_require__) => {



const {
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_LENGTH,
} = __nccwpck_require__(5101)
const debug = __nccwpck_require__(1159)
exports = module.exports = {}

// The actual regexps go on exports.re
const re = exports.re = []
const safeRe = exports.safeRe = []
const src = exports.src = []
const safeSrc = exports.safeSrc = []
const t = exports.t = {}
let R = 0

const LETTERDASHNUMBER = '[a-zA-Z0-9-]'

// Replace some greedy regex tokens to prevent regex dos issues. These regex are
// used internally via the safeRe object since all inputs in this library get
// normalized first to trim and collapse all extra whitespace. The original
// regexes are exported for userland consumption and lower level usage. A
// future breaking change could export the safer regex only with a note that
// all input should have extra whitespace removed.
const safeRegexReplacements = [
  ['\\s', 1],
  ['\\d', MAX_LENGTH],
  [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH],
]

const makeSafeRegex = (value) => {
  for (const [token, max] of safeRegexReplacements) {
    value = value
      .split(`${token}*`).join(`${token}{0,${max}}`)
      .split(`${token}+`).join(`${token}{1,${max}}`)
  }
  return value
}

const createToken = (name, value, isGlobal) => {
  const safe = makeSafeRegex(value)
  const index = R++
  debug(name, index, value)
  t[name] = index
  src[index] = value
  safeSrc[index] = safe
  re[index] = new RegExp(value, isGlobal ? 'g' : undefined)
  safeRe[index] = new RegExp(safe, isGlobal ? 'g' : undefined)
}

// The following Regular Expressions can be used for tokenizing,
// validating, and parsing SemVer version strings.

// ## Numeric Identifier
// A single `0`, or a non-zero digit followed by zero or more digits.

createToken('NUMERICIDENTIFIER', '0|[1-9]\\d*')
createToken('NUMERICIDENTIFIERLOOSE', '\\d+')

// ## Non-numeric Identifier
// Zero or more digits, followed by a letter or hyphen, and then zero or
// more letters, digits, or hyphens.

createToken('NONNUMERICIDENTIFIER', `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`)

// ## Main Version
// Three dot-separated numeric identifiers.

createToken('MAINVERSION', `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})`)

createToken('MAINVERSIONLOOSE', `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version Identifier
// A numeric identifier, or a non-numeric identifier.
// Non-numeric identifiers include numeric identifiers but can be longer.
// Therefore non-numeric identifiers must go first.

createToken('PRERELEASEIDENTIFIER', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIER]})`)

createToken('PRERELEASEIDENTIFIERLOOSE', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version
// Hyphen, followed by one or more dot-separated pre-release version
// identifiers.

createToken('PRERELEASE', `(?:-(${src[t.PRERELEASEIDENTIFIER]
}(?:\\.${src[t.PRERELEASEIDENTIFIER]})*))`)

createToken('PRERELEASELOOSE', `(?:-?(${src[t.PRERELEASEIDENTIFIERLOOSE]
}(?:\\.${src[t.PRERELEASEIDENTIFIERLOOSE]})*))`)

// ## Build Metadata Identifier
// Any combination of digits, letters, or hyphens.

createToken('BUILDIDENTIFIER', `${LETTERDASHNUMBER}+`)

// ## Build Metadata
// Plus sign, followed by one or more period-separated build metadata
// identifiers.

createToken('BUILD', `(?:\\+(${src[t.BUILDIDENTIFIER]
}(?:\\.${src[t.BUILDIDENTIFIER]})*))`)

// ## Full Version String
// A main version, followed optionally by a pre-release version and
// build metadata.

// Note that the only major, minor, patch, and pre-release sections of
// the version string are capturing groups.  The build metadata is not a
// capturing group, because it should not ever be used in version
// comparison.

createToken('FULLPLAIN', `v?${src[t.MAINVERSION]
}${src[t.PRERELEASE]}?${
  src[t.BUILD]}?`)

createToken('FULL', `^${src[t.FULLPLAIN]}$`)

// like full, but allows v1.2.3 and =1.2.3, which people do sometimes.
// also, 1.0.0alpha1 (prerelease without the hyphen) which is pretty
// common in the npm registry.
createToken('LOOSEPLAIN', `[v=\\s]*${src[t.MAINVERSIONLOOSE]
}${src[t.PRERELEASELOOSE]}?${
  src[t.BUILD]}?`)

createToken('LOOSE', `^${src[t.LOOSEPLAIN]}$`)

createToken('GTLT', '((?:<|>)?=?)')

// Something like "2.*" or "1.2.x".
// Note that "x.x" is a valid xRange identifier, meaning "any version"
// Only the first item is strictly required.
createToken('XRANGEIDENTIFIERLOOSE', `${src[t.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`)
createToken('XRANGEIDENTIFIER', `${src[t.NUMERICIDENTIFIER]}|x|X|\\*`)

createToken('XRANGEPLAIN', `[v=\\s]*(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:${src[t.PRERELEASE]})?${
                     src[t.BUILD]}?` +
                   `)?)?`)

createToken('XRANGEPLAINLOOSE', `[v=\\s]*(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:${src[t.PRERELEASELOOSE]})?${
                          src[t.BUILD]}?` +
                        `)?)?`)

createToken('XRANGE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAIN]}$`)
createToken('XRANGELOOSE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAINLOOSE]}$`)

// Coercion.
// Extract anything that could conceivably be a part of a valid semver
createToken('COERCEPLAIN', `${'(^|[^\\d])' +
              '(\\d{1,'}${MAX_SAFE_COMPONENT_LENGTH}})` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`)
createToken('COERCE', `${src[t.COERCEPLAIN]}(?:$|[^\\d])`)
createToken('COERCEFULL', src[t.COERCEPLAIN] +
              `(?:${src[t.PRERELEASE]})?` +
              `(?:${src[t.BUILD]})?` +
              `(?:$|[^\\d])`)
createToken('COERCERTL', src[t.COERCE], true)
createToken('COERCERTLFULL', src[t.COERCEFULL], true)

// Tilde ranges.
// Meaning is "reasonably at or greater than"
createToken('LONETILDE', '(?:~>?)')

createToken('TILDETRIM', `(\\s*)${src[t.LONETILDE]}\\s+`, true)
exports.tildeTrimReplace = '$1~'

createToken('TILDE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAIN]}$`)
createToken('TILDELOOSE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAINLOOSE]}$`)

// Caret ranges.
// Meaning is "at least and backwards compatible with"
createToken('LONECARET', '(?:\\^)')

createToken('CARETTRIM', `(\\s*)${src[t.LONECARET]}\\s+`, true)
exports.caretTrimReplace = '$1^'

createToken('CARET', `^${src[t.LONECARET]}${src[t.XRANGEPLAIN]}$`)
createToken('CARETLOOSE', `^${src[t.LONECARET]}${src[t.XRANGEPLAINLOOSE]}$`)

// A simple gt/lt/eq thing, or just "" to indicate "any version"
createToken('COMPARATORLOOSE', `^${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]})$|^$`)
createToken('COMPARATOR', `^${src[t.GTLT]}\\s*(${src[t.FULLPLAIN]})$|^$`)

// An expression to strip any whitespace between the gtlt and the thing
// it modifies, so that `> 1.2.3` ==> `>1.2.3`
createToken('COMPARATORTRIM', `(\\s*)${src[t.GTLT]
}\\s*(${src[t.LOOSEPLAIN]}|${src[t.XRANGEPLAIN]})`, true)
exports.comparatorTrimReplace = '$1$2$3'

// Something like `1.2.3 - 1.2.4`
// Note that these all use the loose form, because they'll be
// checked against either the strict or loose comparator form
// later.
createToken('HYPHENRANGE', `^\\s*(${src[t.XRANGEPLAIN]})` +
                   `\\s+-\\s+` +
                   `(${src[t.XRANGEPLAIN]})` +
                   `\\s*$`)

createToken('HYPHENRANGELOOSE', `^\\s*(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s+-\\s+` +
                        `(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s*$`)

// Star ranges basically just allow anything at all.
createToken('STAR', '(<|>)?=?\\s*\\*')
// >=0.0.0 is like a star
createToken('GTE0', '^\\s*>=\\s*0\\.0\\.0\\s*$')
createToken('GTE0PRE', '^\\s*>=\\s*0\\.0\\.0-0\\s*$')


/***/ }),

/***/ 9737:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

// @ts-check


// Reproduce safeRe[COMPARATORTRIM] replacement boundaries, not version
// validation. Each end-index finder returns an exclusive end, or its start
// on no match.
// Positions count from zero. An end of 3 means characters 0, 1, and 2 were read;
// range.slice(start, end) gives the matched text, not a converted number.
const {
  MAX_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  WHITESPACE_CHARACTERS,
} = __nccwpck_require__(5101)

/**
 * Remembers the last two rows of digits so their characters need not be reread.
 * Positions start at -1 until a row has been found.
 *
 * @typedef {object} DigitRunCache
 * @property {number} start The first character of the most recently found row.
 * @property {number} end The position after that row's last character.
 * @property {number} previousStart The first character of the previous row.
 * @property {number} previousEnd The position after the previous row.
 */

// One entry per UTF-16 code unit keeps membership checks constant-time.
const whitespace = new Uint8Array(0x10000)
for (const char of WHITESPACE_CHARACTERS) {
  whitespace[char.charCodeAt(0)] = 1
}

/**
 * Checks whether a character is whitespace, like a space, tab, or newline.
 * Looking past the end of the string returns false.
 *
 * @param {string|undefined} char One character, or undefined past the string's end.
 * @returns {boolean} Whether the character is whitespace.
 * @example isWhitespace(' ') // true
 * @example isWhitespace('1') // false
 */
const isWhitespace = char =>
  char !== undefined && whitespace[char.charCodeAt(0)] === 1

/**
 * Checks for v, =, or whitespace before the version number.
 * These are historical version prefixes, not range operators:
 * < and > are handled separately, as are tilde and caret ranges.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character can belong to a version prefix.
 * @example isVersionPrefix('=') // true
 * @example isVersionPrefix('>') // false
 */
const isVersionPrefix = char =>
  char === 'v' ||
  char === '=' ||
  isWhitespace(char)

/**
 * Checks whether a character is one of the digits 0 through 9.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character is an ASCII digit.
 * @example isDigit('7') // true
 * @example isDigit('.') // false
 */
const isDigit = char => char !== undefined && char >= '0' && char <= '9'

/**
 * Checks whether a character is an English letter, uppercase or lowercase.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character is an ASCII letter.
 * @example isLetter('b') // true
 * @example isLetter('7') // false
 */
const isLetter = char =>
  char !== undefined && (
    (char >= 'a' && char <= 'z') ||
    (char >= 'A' && char <= 'Z')
  )

/**
 * Checks for a letter, digit, or hyphen: the characters allowed inside
 * prerelease and build names such as beta-1.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character can be part of an identifier.
 * @example isIdentifierCharacter('-') // true
 * @example isIdentifierCharacter('.') // false; dots separate identifiers
 */
const isIdentifierCharacter = char => isDigit(char) || isLetter(char) || char === '-'

/**
 * Checks whether a version component can begin here: with a digit or
 * a wildcard such as x, X, or *.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether a number or wildcard can start with this character.
 * @example isVersionStart('x') // true
 * @example isVersionStart('v') // false; v belongs to the prefix
 */
const isVersionStart = char =>
  isDigit(char) ||
  char === 'x' ||
  char === 'X' ||
  char === '*'

/**
 * Finds the end of a row of digits, but returns no more than limit digits.
 * Remembers the last two rows so looking at them again does not reread them.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of the first character to check.
 * @param {number} limit The most digit characters the returned match can include.
 * @param {DigitRunCache} digitRuns Shared cache of digit-run positions, updated in place.
 * @returns {number} The position after the matched digits, or start if none match.
 * @example findDigitsEndIndex('123abc', 0, 10, digitRuns) // 3, pointing at a
 * @example findDigitsEndIndex('123abc', 0, 2, digitRuns) // 2, pointing at the unread 3
 */
const findDigitsEndIndex = (range, start, limit, digitRuns) => {
  if (!isDigit(range[start])) {
    return start
  }
  if (start >= digitRuns.start && start < digitRuns.end) {
    return Math.min(start + limit, digitRuns.end)
  }
  if (start >= digitRuns.previousStart && start < digitRuns.previousEnd) {
    return Math.min(start + limit, digitRuns.previousEnd)
  }
  let end = start + 1
  while (isDigit(range[end])) {
    end++
  }
  // A failed full version can rewind from its second run to its first.
  digitRuns.previousStart = digitRuns.start
  digitRuns.previousEnd = digitRuns.end
  digitRuns.start = start
  digitRuns.end = end
  return Math.min(start + limit, end)
}

/**
 * Reads a number using the old regex's length and leading-zero rules.
 * Strict mode reads just the first zero in 012; loose mode can read all three.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the number should begin.
 * @param {boolean} loose Whether to allow leading zeros.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched digits, not their numeric value.
 * @example findVersionNumberEndIndex('012', 0, false, digitRuns) // 1
 * @example findVersionNumberEndIndex('012', 0, true, digitRuns) // 3
 */
const findVersionNumberEndIndex = (range, start, loose, digitRuns) => {
  if (!loose && range[start] === '0') {
    return start + 1
  }
  // Strict syntax allows an initial nonzero digit plus MAX_LENGTH digits.
  return findDigitsEndIndex(range, start, loose ? MAX_LENGTH : MAX_LENGTH + 1, digitRuns)
}

/**
 * Reads one piece of a prerelease name, such as beta or 1 in beta.1.
 * Tries the letter-or-hyphen form first, then the number-only form.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the identifier should begin.
 * @param {boolean} loose Whether numeric identifiers may have leading zeros.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the identifier, or start if none matches.
 * @example findPrereleaseIdentifierEndIndex('beta.1', 0, false, digitRuns) // 4, at the dot
 * @example findPrereleaseIdentifierEndIndex('001beta', 0, false, digitRuns) // 7
 */
const findPrereleaseIdentifierEndIndex = (range, start, loose, digitRuns) => {
  const digitsEnd = findDigitsEndIndex(range, start, MAX_LENGTH, digitRuns)
  // The legacy regex tries a nonnumeric identifier before a numeric one.
  if (isLetter(range[digitsEnd]) || range[digitsEnd] === '-') {
    let end = digitsEnd + 1
    const limit = end + MAX_SAFE_BUILD_LENGTH
    while (end < limit && isIdentifierCharacter(range[end])) {
      end++
    }
    return end
  }
  return findVersionNumberEndIndex(range, start, loose, digitRuns)
}

/**
 * Reads a prerelease suffix such as -beta.1, one dot-separated piece at a time.
 * Loose mode also allows the name without its opening hyphen.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the suffix should begin, including -.
 * @param {boolean} loose Whether the opening hyphen is optional and zeros allowed.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched suffix, or start if absent.
 * @example findPrereleaseEndIndex('-beta.1+sha', 0, false, digitRuns) // 7, at the plus
 * @example findPrereleaseEndIndex('beta', 0, false, digitRuns) // 0; no opening hyphen
 */
const findPrereleaseEndIndex = (range, start, loose, digitRuns) => {
  const hyphen = range[start] === '-'
  if (!loose && !hyphen) {
    return start
  }
  const identifierStart = start + (hyphen ? 1 : 0)
  let end = findPrereleaseIdentifierEndIndex(range, identifierStart, loose, digitRuns)
  if (end === identifierStart) {
    if (!loose || !hyphen) {
      return start
    }
    // In loose syntax, a lone hyphen can itself be the identifier.
    end = findPrereleaseIdentifierEndIndex(range, start, loose, digitRuns)
  }
  while (range[end] === '.') {
    const next = findPrereleaseIdentifierEndIndex(range, end + 1, loose, digitRuns)
    if (next === end + 1) {
      break
    }
    end = next
  }
  return end
}

/**
 * Reads one build-name piece, such as sha or 123 in +sha.123.
 * Stops at a disallowed character or the old regex's length limit.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the identifier should begin.
 * @returns {number} The position after the identifier, or start if none matches.
 * @example findBuildIdentifierEndIndex('sha.123', 0) // 3, at the dot
 * @example findBuildIdentifierEndIndex('001', 0) // 3; leading zeros are allowed
 */
const findBuildIdentifierEndIndex = (range, start) => {
  let end = start
  while (end - start < MAX_SAFE_BUILD_LENGTH && isIdentifierCharacter(range[end])) {
    end++
  }
  return end
}

/**
 * Reads optional build metadata such as +sha.123.
 * Leaves the position unchanged if there is no plus sign followed by a name.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the opening + should be.
 * @returns {number} The position after the matched metadata, or start if absent.
 * @example findBuildEndIndex('+sha.123 <2', 0) // 8, at the space
 * @example findBuildEndIndex('+', 0) // 0; a plus sign alone is not a match
 */
const findBuildEndIndex = (range, start) => {
  if (range[start] !== '+') {
    return start
  }
  let end = findBuildIdentifierEndIndex(range, start + 1)
  if (end === start + 1) {
    return start
  }
  while (range[end] === '.') {
    const next = findBuildIdentifierEndIndex(range, end + 1)
    if (next === end + 1) {
      break
    }
    end = next
  }
  return end
}

/**
 * Reads three numbers separated by dots, then any prerelease and build suffixes.
 * Uses loose rules, so forms such as 01.02.03beta can match here.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of the first number, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the version match, or start if none matches.
 * @example findLooseFullVersionEndIndex('1.2.3-beta+sha <2', 0, digitRuns) // 14
 * @example findLooseFullVersionEndIndex('1.2', 0, digitRuns) // 0; needs three numbers
 */
const findLooseFullVersionEndIndex = (range, start, digitRuns) => {
  let end = start
  for (let component = 0; component < 3; component++) {
    const next = findVersionNumberEndIndex(range, end, true, digitRuns)
    if (next === end) {
      return start
    }
    end = next
    if (component < 2) {
      if (range[end] !== '.') {
        return start
      }
      end++
    }
  }
  const prereleaseEnd = findPrereleaseEndIndex(range, end, true, digitRuns)
  return findBuildEndIndex(range, prereleaseEnd)
}

/**
 * Reads one component of a partial or wildcard version, such as 2 or x in 2.x.
 * Numbers use strict leading-zero rules; wildcards take up one character.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the component should begin.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the component, or start if none matches.
 * @example findPartialVersionComponentEndIndex('2.x', 0, digitRuns) // 1, at the dot
 * @example findPartialVersionComponentEndIndex('2.x', 2, digitRuns) // 3, after x
 */
const findPartialVersionComponentEndIndex = (range, start, digitRuns) => {
  if (isDigit(range[start])) {
    return findVersionNumberEndIndex(range, start, false, digitRuns)
  }
  return isVersionStart(range[start]) ? start + 1 : start
}

/**
 * Reads up to three components, allowing forms such as 1, 1.2, or 1.x.
 * After the third component, also reads any strict prerelease and build suffixes.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of a number or wildcard, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched version text.
 * @example findPartialVersionEndIndex('1.x <2', 0, digitRuns) // 3, at the space
 * @example findPartialVersionEndIndex('1.', 0, digitRuns) // 1; the trailing dot is unread
 */
const findPartialVersionEndIndex = (range, start, digitRuns) => {
  let end = findPartialVersionComponentEndIndex(range, start, digitRuns)
  for (let component = 0; component < 2; component++) {
    if (range[end] !== '.') {
      return end
    }
    const next = findPartialVersionComponentEndIndex(range, end + 1, digitRuns)
    if (next === end + 1) {
      return end
    }
    end = next
  }
  const prereleaseEnd = findPrereleaseEndIndex(range, end, false, digitRuns)
  return findBuildEndIndex(range, prereleaseEnd)
}

/**
 * Finds where a version match ends, without deciding whether the range is valid.
 * Tries a loose full version first, then a partial or wildcard version, just
 * like the old regex's LOOSEPLAIN and XRANGEPLAIN alternatives.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of a number or wildcard, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position where scanning the next candidate can resume.
 * @example findVersionEndIndex('1.2.3 <2', 0, digitRuns) // 5, at the space
 * @example findVersionEndIndex('1.x <2', 0, digitRuns) // 3, at the space
 */
const findVersionEndIndex = (range, start, digitRuns) => {
  const fullVersionEnd = findLooseFullVersionEndIndex(range, start, digitRuns)
  return fullVersionEnd !== start
    ? fullVersionEnd
    : findPartialVersionEndIndex(range, start, digitRuns)
}

/**
 * Finds the one whitespace character the old replacement would remove.
 * Keeps leading whitespace, skips an optional operator, and checks immediately
 * after it. Returns -1 if there is nothing to remove.
 *
 * @param {string} range The text containing a candidate already found by the caller.
 * @param {number} matchStart The candidate's position, including leading whitespace.
 * @returns {number} The position of the removable whitespace, or -1 if absent.
 * @example findRemovableWhitespaceIndex(' > 1', 0) // 2; keep the space at position 0
 * @example findRemovableWhitespaceIndex('>1', 0) // -1
 */
const findRemovableWhitespaceIndex = (range, matchStart) => {
  let position = matchStart
  if (isWhitespace(range[position])) {
    position++
  }
  if (range[position] === '<' || range[position] === '>') {
    position++
  }
  if (range[position] === '=') {
    position++
  }
  return isWhitespace(range[position]) ? position : -1
}

/**
 * Joins an operator to its version, turning > 1.2.3 into >1.2.3.
 * Copies everything else according to the old regex's matching rules.
 * Moves forward through prefixes and whole versions to avoid repeatedly
 * searching the same characters on long inputs.
 *
 * @param {string} range The range text to process; the original string is unchanged.
 * @returns {string} The range with matched operator whitespace removed.
 * @example trimComparatorWhitespace('> 1.2.3 < 2') // '>1.2.3 <2'
 * @example trimComparatorWhitespace('> invalid') // '> invalid'
 */
const trimComparatorWhitespace = range => {
  let result = ''
  let copyFrom = 0
  let cursor = 0
  const digitRuns = { start: -1, end: -1, previousStart: -1, previousEnd: -1 }

  while (cursor < range.length) {
    const matchStart = cursor
    if (range[cursor] === '<' || range[cursor] === '>') {
      cursor++
    } else if (!isVersionPrefix(range[cursor]) && !isVersionStart(range[cursor])) {
      cursor++
      continue
    }

    // Consume a v/=/whitespace run once, even when no version follows it.
    while (cursor < range.length && isVersionPrefix(range[cursor])) {
      cursor++
    }
    if (!isVersionStart(range[cursor])) {
      continue
    }

    const whitespacePosition = findRemovableWhitespaceIndex(range, matchStart)
    if (whitespacePosition !== -1) {
      result += range.slice(copyFrom, whitespacePosition)
      copyFrom = whitespacePosition + 1
    }

    // Skip the entire match, so a prerelease's trailing v cannot be
    // reconsidered as the prefix of another version.
    cursor = findVersionEndIndex(range, cursor, digitRuns)
  }

  return result + range.slice(copyFrom)
}

module.exports = trimComparatorWhitespace


/***/ }),

/***/ 2276:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// Determine if version is greater than all the versions possible in the range.
const outside = __nccwpck_require__(280)
const gtr = (version, range, options) => outside(version, range, '>', options)
module.exports = gtr


/***/ }),

/***/ 3465:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const intersects = (r1, r2, options) => {
  r1 = new Range(r1, options)
  r2 = new Range(r2, options)
  return r1.intersects(r2, options)
}
module.exports = intersects


/***/ }),

/***/ 5213:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const outside = __nccwpck_require__(280)
// Determine if version is less than all the versions possible in the range
const ltr = (version, range, options) => outside(version, range, '<', options)
module.exports = ltr


/***/ }),

/***/ 3193:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)

const maxSatisfying = (versions, range, options) => {
  let max = null
  let maxSV = null
  let rangeObj = null
  try {
    rangeObj = new Range(range, options)
  } catch (er) {
    return null
  }
  versions.forEach((v) => {
    if (rangeObj.test(v)) {
      // satisfies(v, range, options)
      if (!max || maxSV.compare(v) === -1) {
        // compare(max, v, true)
        max = v
        maxSV = new SemVer(max, options)
      }
    }
  })
  return max
}
module.exports = maxSatisfying


/***/ }),

/***/ 8595:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)
const minSatisfying = (versions, range, options) => {
  let min = null
  let minSV = null
  let rangeObj = null
  try {
    rangeObj = new Range(range, options)
  } catch (er) {
    return null
  }
  versions.forEach((v) => {
    if (rangeObj.test(v)) {
      // satisfies(v, range, options)
      if (!min || minSV.compare(v) === 1) {
        // compare(min, v, true)
        min = v
        minSV = new SemVer(min, options)
      }
    }
  })
  return min
}
module.exports = minSatisfying


/***/ }),

/***/ 1866:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)
const gt = __nccwpck_require__(6599)

const minVersion = (range, loose) => {
  range = new Range(range, loose)

  let minver = new SemVer('0.0.0')
  if (range.test(minver)) {
    return minver
  }

  minver = new SemVer('0.0.0-0')
  if (range.test(minver)) {
    return minver
  }

  minver = null
  for (let i = 0; i < range.set.length; ++i) {
    const comparators = range.set[i]

    let setMin = null
    comparators.forEach((comparator) => {
      // Clone to avoid manipulating the comparator's semver object.
      const compver = new SemVer(comparator.semver.version)
      switch (comparator.operator) {
        case '>':
          if (compver.prerelease.length === 0) {
            compver.patch++
          } else {
            compver.prerelease.push(0)
          }
          compver.raw = compver.format()
          /* fallthrough */
        case '':
        case '>=':
          if (!setMin || gt(compver, setMin)) {
            setMin = compver
          }
          break
        case '<':
        case '<=':
          /* Ignore maximum versions */
          break
        /* istanbul ignore next */
        default:
          throw new Error(`Unexpected operation: ${comparator.operator}`)
      }
    })
    if (setMin && (!minver || gt(minver, setMin))) {
      minver = setMin
    }
  }

  if (minver && range.test(minver)) {
    return minver
  }

  return null
}
module.exports = minVersion


/***/ }),

/***/ 280:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Comparator = __nccwpck_require__(9379)
const { ANY } = Comparator
const Range = __nccwpck_require__(6782)
const satisfies = __nccwpck_require__(8011)
const gt = __nccwpck_require__(6599)
const lt = __nccwpck_require__(3872)
const lte = __nccwpck_require__(6717)
const gte = __nccwpck_require__(1236)

const outside = (version, range, hilo, options) => {
  version = new SemVer(version, options)
  range = new Range(range, options)

  let gtfn, ltefn, ltfn, comp, ecomp
  switch (hilo) {
    case '>':
      gtfn = gt
      ltefn = lte
      ltfn = lt
      comp = '>'
      ecomp = '>='
      break
    case '<':
      gtfn = lt
      ltefn = gte
      ltfn = gt
      comp = '<'
      ecomp = '<='
      break
    default:
      throw new TypeError('Must provide a hilo val of "<" or ">"')
  }

  // If it satisfies the range it is not outside
  if (satisfies(version, range, options)) {
    return false
  }

  // From now on, variable terms are as if we're in "gtr" mode.
  // but note that everything is flipped for the "ltr" function.

  for (let i = 0; i < range.set.length; ++i) {
    const comparators = range.set[i]

    let high = null
    let low = null

    comparators.forEach((comparator) => {
      if (comparator.semver === ANY) {
        comparator = new Comparator('>=0.0.0')
      }
      high = high || comparator
      low = low || comparator
      if (gtfn(comparator.semver, high.semver, options)) {
        high = comparator
      } else if (ltfn(comparator.semver, low.semver, options)) {
        low = comparator
      }
    })

    // If the edge version comparator has a operator then our version
    // isn't outside it
    if (high.operator === comp || high.operator === ecomp) {
      return false
    }

    // If the lowest version comparator has an operator and our version
    // is less than it then it isn't higher than the range
    if ((!low.operator || low.operator === comp) &&
        ltefn(version, low.semver)) {
      return false
    } else if (low.operator === ecomp && ltfn(version, low.semver)) {
      return false
    }
  }
  return true
}

module.exports = outside


/***/ }),

/***/ 2028:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// given a set of versions and a range, create a "simplified" range
// that includes the same versions that the original range does
// If the original range is shorter than the simplified one, return that.
const satisfies = __nccwpck_require__(8011)
const compare = __nccwpck_require__(8469)
module.exports = (versions, range, options) => {
  const set = []
  let first = null
  let prev = null
  const v = versions.sort((a, b) => compare(a, b, options))
  for (const version of v) {
    const included = satisfies(version, range, options)
    if (included) {
      prev = version
      if (!first) {
        first = version
      }
    } else {
      if (prev) {
        set.push([first, prev])
      }
      prev = null
      first = null
    }
  }
  if (first) {
    set.push([first, null])
  }

  const ranges = []
  for (const [min, max] of set) {
    if (min === max) {
      ranges.push(min)
    } else if (!max && min === v[0]) {
      ranges.push('*')
    } else if (!max) {
      ranges.push(`>=${min}`)
    } else if (min === v[0]) {
      ranges.push(`<=${max}`)
    } else {
      ranges.push(`${min} - ${max}`)
    }
  }
  const simplified = ranges.join(' || ')
  const original = typeof range.raw === 'string' ? range.raw : String(range)
  return simplified.length < original.length ? simplified : range
}


/***/ }),

/***/ 1489:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const Comparator = __nccwpck_require__(9379)
const { ANY } = Comparator
const satisfies = __nccwpck_require__(8011)
const compare = __nccwpck_require__(8469)

// Complex range `r1 || r2 || ...` is a subset of `R1 || R2 || ...` iff:
// - Every simple range `r1, r2, ...` is a null set, OR
// - Every simple range `r1, r2, ...` which is not a null set is a subset of
//   some `R1, R2, ...`
//
// Simple range `c1 c2 ...` is a subset of simple range `C1 C2 ...` iff:
// - If c is only the ANY comparator
//   - If C is only the ANY comparator, return true
//   - Else if in prerelease mode, return false
//   - else replace c with `[>=0.0.0]`
// - If C is only the ANY comparator
//   - if in prerelease mode, return true
//   - else replace C with `[>=0.0.0]`
// - Let EQ be the set of = comparators in c
// - If EQ is more than one, return true (null set)
// - Let GT be the highest > or >= comparator in c
// - Let LT be the lowest < or <= comparator in c
// - If GT and LT, and GT.semver > LT.semver, return true (null set)
// - If any C is a = range, and GT or LT are set, return false
// - If EQ
//   - If GT, and EQ does not satisfy GT, return true (null set)
//   - If LT, and EQ does not satisfy LT, return true (null set)
//   - If EQ satisfies every C, return true
//   - Else return false
// - If GT
//   - If GT.semver is lower than any > or >= comp in C, return false
//   - If GT is >=, and GT.semver does not satisfy every C, return false
//   - If GT.semver has a prerelease, and not in prerelease mode
//     - If no C has a prerelease and the GT.semver tuple, return false
// - If LT
//   - If LT.semver is greater than any < or <= comp in C, return false
//   - If LT is <=, and LT.semver does not satisfy every C, return false
//   - If LT.semver has a prerelease, and not in prerelease mode
//     - If no C has a prerelease and the LT.semver tuple, return false
// - Else return true

const subset = (sub, dom, options = {}) => {
  if (sub === dom) {
    return true
  }

  sub = new Range(sub, options)
  dom = new Range(dom, options)
  let sawNonNull = false

  OUTER: for (const simpleSub of sub.set) {
    for (const simpleDom of dom.set) {
      const isSub = simpleSubset(simpleSub, simpleDom, options)
      sawNonNull = sawNonNull || isSub !== null
      if (isSub) {
        continue OUTER
      }
    }
    // the null set is a subset of everything, but null simple ranges in
    // a complex range should be ignored.  so if we saw a non-null range,
    // then we know this isn't a subset, but if EVERY simple range was null,
    // then it is a subset.
    if (sawNonNull) {
      return false
    }
  }
  return true
}

const minimumVersionWithPreRelease = [new Comparator('>=0.0.0-0')]
const minimumVersion = [new Comparator('>=0.0.0')]

const simpleSubset = (sub, dom, options) => {
  if (sub === dom) {
    return true
  }

  if (sub.length === 1 && sub[0].semver === ANY) {
    if (dom.length === 1 && dom[0].semver === ANY) {
      return true
    } else if (options.includePrerelease) {
      sub = minimumVersionWithPreRelease
    } else {
      sub = minimumVersion
    }
  }

  if (dom.length === 1 && dom[0].semver === ANY) {
    if (options.includePrerelease) {
      return true
    } else {
      dom = minimumVersion
    }
  }

  const eqSet = new Set()
  let gt, lt
  for (const c of sub) {
    if (c.operator === '>' || c.operator === '>=') {
      gt = higherGT(gt, c, options)
    } else if (c.operator === '<' || c.operator === '<=') {
      lt = lowerLT(lt, c, options)
    } else {
      eqSet.add(c.semver)
    }
  }

  if (eqSet.size > 1) {
    return null
  }

  let gtltComp
  if (gt && lt) {
    gtltComp = compare(gt.semver, lt.semver, options)
    if (gtltComp > 0) {
      return null
    } else if (gtltComp === 0 && (gt.operator !== '>=' || lt.operator !== '<=')) {
      return null
    }
  }

  // will iterate one or zero times
  for (const eq of eqSet) {
    if (gt && !satisfies(eq, String(gt), options)) {
      return null
    }

    if (lt && !satisfies(eq, String(lt), options)) {
      return null
    }

    for (const c of dom) {
      if (!satisfies(eq, String(c), options)) {
        return false
      }
    }

    return true
  }

  let higher, lower
  let hasDomLT, hasDomGT
  // if the subset has a prerelease, we need a comparator in the superset
  // with the same tuple and a prerelease, or it's not a subset
  let needDomLTPre = lt &&
    !options.includePrerelease &&
    lt.semver.prerelease.length ? lt.semver : false
  let needDomGTPre = gt &&
    !options.includePrerelease &&
    gt.semver.prerelease.length ? gt.semver : false
  // exception: <1.2.3-0 is the same as <1.2.3
  if (needDomLTPre && needDomLTPre.prerelease.length === 1 &&
      lt.operator === '<' && needDomLTPre.prerelease[0] === 0) {
    needDomLTPre = false
  }

  for (const c of dom) {
    hasDomGT = hasDomGT || c.operator === '>' || c.operator === '>='
    hasDomLT = hasDomLT || c.operator === '<' || c.operator === '<='
    if (gt) {
      if (needDomGTPre) {
        if (c.semver.prerelease && c.semver.prerelease.length &&
            c.semver.major === needDomGTPre.major &&
            c.semver.minor === needDomGTPre.minor &&
            c.semver.patch === needDomGTPre.patch) {
          needDomGTPre = false
        }
      }
      if (c.operator === '>' || c.operator === '>=') {
        higher = higherGT(gt, c, options)
        if (higher === c && higher !== gt) {
          return false
        }
      } else if (gt.operator === '>=' && !c.test(gt.semver)) {
        return false
      }
    }
    if (lt) {
      if (needDomLTPre) {
        if (c.semver.prerelease && c.semver.prerelease.length &&
            c.semver.major === needDomLTPre.major &&
            c.semver.minor === needDomLTPre.minor &&
            c.semver.patch === needDomLTPre.patch) {
          needDomLTPre = false
        }
      }
      if (c.operator === '<' || c.operator === '<=') {
        lower = lowerLT(lt, c, options)
        if (lower === c && lower !== lt) {
          return false
        }
      } else if (lt.operator === '<=' && !c.test(lt.semver)) {
        return false
      }
    }
    if (!c.operator && (lt || gt) && gtltComp !== 0) {
      return false
    }
  }

  // if there was a < or >, and nothing in the dom, then must be false
  // UNLESS it was limited by another range in the other direction.
  // Eg, >1.0.0 <1.0.1 is still a subset of <2.0.0
  if (gt && hasDomLT && !lt && gtltComp !== 0) {
    return false
  }

  if (lt && hasDomGT && !gt && gtltComp !== 0) {
    return false
  }

  // we needed a prerelease range in a specific tuple, but didn't get one
  // then this isn't a subset.  eg >=1.2.3-pre is not a subset of >=1.0.0,
  // because it includes prereleases in the 1.2.3 tuple
  if (needDomGTPre || needDomLTPre) {
    return false
  }

  return true
}

// >=1.2.3 is lower than >1.2.3
const higherGT = (a, b, options) => {
  if (!a) {
    return b
  }
  const comp = compare(a.semver, b.semver, options)
  return comp > 0 ? a
    : comp < 0 ? b
    : b.operator === '>' && a.operator === '>=' ? b
    : a
}

// <=1.2.3 is higher than <1.2.3
const lowerLT = (a, b, options) => {
  if (!a) {
    return b
  }
  const comp = compare(a.semver, b.semver, options)
  return comp < 0 ? a
    : comp > 0 ? b
    : b.operator === '<' && a.operator === '<=' ? b
    : a
}

module.exports = subset


/***/ }),

/***/ 4750:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)

// Mostly just for testing and legacy API reasons
const toComparators = (range, options) =>
  new Range(range, options).set
    .map(comp => comp.map(c => c.value).join(' ').trim().split(' '))

module.exports = toComparators


/***/ }),

/***/ 4737:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const validRange = (range, options) => {
  try {
    // Return '*' instead of '' so that truthiness works.
    // This will throw if it's invalid anyway
    return new Range(range, options).range || '*'
  } catch (er) {
    return null
  }
}
module.exports = validRange


/***/ }),

/***/ 3326:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



var scan = __nccwpck_require__(6849)
var parse = __nccwpck_require__(5501)

module.exports = function (source) {
  return parse(scan(source))
}


/***/ }),

/***/ 5501:
/***/ ((module) => {



// The ABNF grammar in the spec is totally ambiguous.
//
// This parser follows the operator precedence defined in the
// `Order of Precedence and Parentheses` section.

module.exports = function (tokens) {
  var index = 0

  function hasMore () {
    return index < tokens.length
  }

  function token () {
    return hasMore() ? tokens[index] : null
  }

  function next () {
    if (!hasMore()) {
      throw new Error()
    }
    index++
  }

  function parseOperator (operator) {
    var t = token()
    if (t && t.type === 'OPERATOR' && operator === t.string) {
      next()
      return t.string
    }
  }

  function parseWith () {
    if (parseOperator('WITH')) {
      var t = token()
      if (t && t.type === 'EXCEPTION') {
        next()
        return t.string
      }
      throw new Error('Expected exception after `WITH`')
    }
  }

  function parseLicenseRef () {
    // TODO: Actually, everything is concatenated into one string
    // for backward-compatibility but it could be better to return
    // a nice structure.
    var begin = index
    var string = ''
    var t = token()
    if (t.type === 'DOCUMENTREF') {
      next()
      string += 'DocumentRef-' + t.string + ':'
      if (!parseOperator(':')) {
        throw new Error('Expected `:` after `DocumentRef-...`')
      }
    }
    t = token()
    if (t === null) {
      throw new Error('Unexpected end of input')
    }
    if (t.type === 'LICENSEREF') {
      next()
      string += 'LicenseRef-' + t.string
      var node = { license: string }
      var exception = parseWith()
      if (exception) {
        node.exception = exception
      }
      return node
    }
    index = begin
  }

  function parseLicense () {
    var t = token()
    if (t && t.type === 'LICENSE') {
      next()
      var node = { license: t.string }
      if (parseOperator('+')) {
        node.plus = true
      }
      var exception = parseWith()
      if (exception) {
        node.exception = exception
      }
      return node
    }
  }

  function parseParenthesizedExpression () {
    var left = parseOperator('(')
    if (!left) {
      return
    }

    var expr = parseExpression()

    if (!parseOperator(')')) {
      throw new Error('Expected `)`')
    }

    return expr
  }

  function parseAtom () {
    return (
      parseParenthesizedExpression() ||
      parseLicenseRef() ||
      parseLicense()
    )
  }

  function makeBinaryOpParser (operator, nextParser) {
    return function parseBinaryOp () {
      var left = nextParser()
      if (!left) {
        return
      }

      if (!parseOperator(operator)) {
        return left
      }

      var right = parseBinaryOp()
      if (!right) {
        throw new Error('Expected expression')
      }
      return {
        left: left,
        conjunction: operator.toLowerCase(),
        right: right
      }
    }
  }

  var parseAnd = makeBinaryOpParser('AND', parseAtom)
  var parseExpression = makeBinaryOpParser('OR', parseAnd)

  var node = parseExpression()
  if (!node || hasMore()) {
    throw new Error('Syntax error')
  }
  return node
}


/***/ }),

/***/ 6849:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



var licenses = []
  .concat(__nccwpck_require__(5204))
  .concat(__nccwpck_require__(3389))
var exceptions = __nccwpck_require__(3988)

module.exports = function (source) {
  var index = 0

  function hasMore () {
    return index < source.length
  }

  // `value` can be a regexp or a string.
  // If it is recognized, the matching source string is returned and
  // the index is incremented. Otherwise `undefined` is returned.
  function read (value) {
    if (value instanceof RegExp) {
      var chars = source.slice(index)
      var match = chars.match(value)
      if (match) {
        index += match[0].length
        return match[0]
      }
    } else {
      if (source.indexOf(value, index) === index) {
        index += value.length
        return value
      }
    }
  }

  function skipWhitespace () {
    read(/[ ]*/)
  }

  function operator () {
    var string
    var possibilities = [/^WITH/i, /^AND/i, /^OR/i, '(', ')', ':', '+']
    for (var i = 0; i < possibilities.length; i++) {
      string = read(possibilities[i])
      if (string) {
        break
      }
    }

    if (string === '+' && index > 1 && source[index - 2] === ' ') {
      throw new Error('Space before `+`')
    }

    return string && {
      type: 'OPERATOR',
      string: string.toUpperCase()
    }
  }

  function idstring () {
    return read(/[A-Za-z0-9-.]+/)
  }

  function expectIdstring () {
    var string = idstring()
    if (!string) {
      throw new Error('Expected idstring at offset ' + index)
    }
    return string
  }

  function documentRef () {
    if (read('DocumentRef-')) {
      var string = expectIdstring()
      return { type: 'DOCUMENTREF', string: string }
    }
  }

  function licenseRef () {
    if (read('LicenseRef-')) {
      var string = expectIdstring()
      return { type: 'LICENSEREF', string: string }
    }
  }

  function identifier () {
    var begin = index
    var string = idstring()

    if (licenses.indexOf(string) !== -1) {
      return {
        type: 'LICENSE',
        string: string
      }
    } else if (exceptions.indexOf(string) !== -1) {
      return {
        type: 'EXCEPTION',
        string: string
      }
    }

    index = begin
  }

  // Tries to read the next token. Returns `undefined` if no token is
  // recognized.
  function parseToken () {
    // Ordering matters
    return (
      operator() ||
      documentRef() ||
      licenseRef() ||
      identifier()
    )
  }

  var tokens = []
  while (hasMore()) {
    skipWhitespace()
    if (!hasMore()) {
      break
    }

    var token = parseToken()
    if (!token) {
      throw new Error('Unexpected `' + source[index] +
                      '` at offset ' + index)
    }

    tokens.push(token)
  }
  return tokens
}


/***/ }),

/***/ 3988:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('["389-exception","Asterisk-exception","Autoconf-exception-2.0","Autoconf-exception-3.0","Autoconf-exception-generic","Autoconf-exception-generic-3.0","Autoconf-exception-macro","Bison-exception-1.24","Bison-exception-2.2","Bootloader-exception","Classpath-exception-2.0","CLISP-exception-2.0","cryptsetup-OpenSSL-exception","DigiRule-FOSS-exception","eCos-exception-2.0","Fawkes-Runtime-exception","FLTK-exception","fmt-exception","Font-exception-2.0","freertos-exception-2.0","GCC-exception-2.0","GCC-exception-2.0-note","GCC-exception-3.1","Gmsh-exception","GNAT-exception","GNOME-examples-exception","GNU-compiler-exception","gnu-javamail-exception","GPL-3.0-interface-exception","GPL-3.0-linking-exception","GPL-3.0-linking-source-exception","GPL-CC-1.0","GStreamer-exception-2005","GStreamer-exception-2008","i2p-gpl-java-exception","KiCad-libraries-exception","LGPL-3.0-linking-exception","libpri-OpenH323-exception","Libtool-exception","Linux-syscall-note","LLGPL","LLVM-exception","LZMA-exception","mif-exception","OCaml-LGPL-linking-exception","OCCT-exception-1.0","OpenJDK-assembly-exception-1.0","openvpn-openssl-exception","PS-or-PDF-font-exception-20170817","QPL-1.0-INRIA-2004-exception","Qt-GPL-exception-1.0","Qt-LGPL-exception-1.1","Qwt-exception-1.0","SANE-exception","SHL-2.0","SHL-2.1","stunnel-exception","SWI-exception","Swift-exception","Texinfo-exception","u-boot-exception-2.0","UBDL-exception","Universal-FOSS-exception-1.0","vsftpd-openssl-exception","WxWindows-exception-3.1","x11vnc-openssl-exception"]');

/***/ }),

/***/ 3389:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('["AGPL-1.0","AGPL-3.0","BSD-2-Clause-FreeBSD","BSD-2-Clause-NetBSD","GFDL-1.1","GFDL-1.2","GFDL-1.3","GPL-1.0","GPL-2.0","GPL-2.0-with-GCC-exception","GPL-2.0-with-autoconf-exception","GPL-2.0-with-bison-exception","GPL-2.0-with-classpath-exception","GPL-2.0-with-font-exception","GPL-3.0","GPL-3.0-with-GCC-exception","GPL-3.0-with-autoconf-exception","LGPL-2.0","LGPL-2.1","LGPL-3.0","Net-SNMP","Nunit","StandardML-NJ","bzip2-1.0.5","eCos-2.0","wxWindows"]');

/***/ }),

/***/ 5204:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('["0BSD","3D-Slicer-1.0","AAL","ADSL","AFL-1.1","AFL-1.2","AFL-2.0","AFL-2.1","AFL-3.0","AGPL-1.0-only","AGPL-1.0-or-later","AGPL-3.0-only","AGPL-3.0-or-later","ALGLIB-Documentation","AMD-newlib","AMDPLPA","AML","AML-glslang","AMPAS","ANTLR-PD","ANTLR-PD-fallback","APAFML","APL-1.0","APSL-1.0","APSL-1.1","APSL-1.2","APSL-2.0","ASWF-Digital-Assets-1.0","ASWF-Digital-Assets-1.1","Abstyles","AdaCore-doc","Adobe-2006","Adobe-Display-PostScript","Adobe-Glyph","Adobe-Utopia","Advanced-Cryptics-Dictionary","Afmparse","Aladdin","Apache-1.0","Apache-1.1","Apache-2.0","App-s2p","Arphic-1999","Artistic-1.0","Artistic-1.0-Perl","Artistic-1.0-cl8","Artistic-2.0","Artistic-dist","Aspell-RU","BOLA-1.1","BSD-1-Clause","BSD-2-Clause","BSD-2-Clause-Darwin","BSD-2-Clause-Patent","BSD-2-Clause-Views","BSD-2-Clause-first-lines","BSD-2-Clause-pkgconf-disclaimer","BSD-2-Clause-pos-unchanged","BSD-3-Clause","BSD-3-Clause-Attribution","BSD-3-Clause-Clear","BSD-3-Clause-HP","BSD-3-Clause-LBNL","BSD-3-Clause-Modification","BSD-3-Clause-No-Military-License","BSD-3-Clause-No-Nuclear-License","BSD-3-Clause-No-Nuclear-License-2014","BSD-3-Clause-No-Nuclear-Warranty","BSD-3-Clause-Open-MPI","BSD-3-Clause-OpenWebUI","BSD-3-Clause-Sun","BSD-3-Clause-Tso","BSD-3-Clause-acpica","BSD-3-Clause-flex","BSD-4-Clause","BSD-4-Clause-Shortened","BSD-4-Clause-UC","BSD-4.3RENO","BSD-4.3TAHOE","BSD-Advertising-Acknowledgement","BSD-Attribution-HPND-disclaimer","BSD-Inferno-Nettverk","BSD-Mark-Modifications","BSD-Protection","BSD-Source-Code","BSD-Source-Code-no-disclaimer","BSD-Source-alt-GPL","BSD-Source-beginning-file","BSD-Systemics","BSD-Systemics-W3Works","BSD-ask-to-endorse","BSL-1.0","BUSL-1.1","Baekmuk","Bahyph","Barr","Beerware","BitTorrent-1.0","BitTorrent-1.1","Bitstream-Charter","Bitstream-Vera","BlueOak-1.0.0","Boehm-GC","Boehm-GC-without-fee","Borceux","Brian-Gladman-2-Clause","Brian-Gladman-3-Clause","Brian-Gladman-3-Clause-no-conversion","Buddy","Bugroff","C-UDA-1.0","CAL-1.0","CAL-1.0-Combined-Work-Exception","CAPEC-tou","CATOSL-1.1","CC-BY-1.0","CC-BY-2.0","CC-BY-2.5","CC-BY-2.5-AU","CC-BY-3.0","CC-BY-3.0-AT","CC-BY-3.0-AU","CC-BY-3.0-DE","CC-BY-3.0-IGO","CC-BY-3.0-NL","CC-BY-3.0-US","CC-BY-4.0","CC-BY-NC-1.0","CC-BY-NC-2.0","CC-BY-NC-2.5","CC-BY-NC-3.0","CC-BY-NC-3.0-DE","CC-BY-NC-3.0-IGO","CC-BY-NC-4.0","CC-BY-NC-ND-1.0","CC-BY-NC-ND-2.0","CC-BY-NC-ND-2.5","CC-BY-NC-ND-3.0","CC-BY-NC-ND-3.0-DE","CC-BY-NC-ND-3.0-IGO","CC-BY-NC-ND-4.0","CC-BY-NC-SA-1.0","CC-BY-NC-SA-2.0","CC-BY-NC-SA-2.0-DE","CC-BY-NC-SA-2.0-FR","CC-BY-NC-SA-2.0-UK","CC-BY-NC-SA-2.5","CC-BY-NC-SA-3.0","CC-BY-NC-SA-3.0-DE","CC-BY-NC-SA-3.0-IGO","CC-BY-NC-SA-4.0","CC-BY-ND-1.0","CC-BY-ND-2.0","CC-BY-ND-2.5","CC-BY-ND-3.0","CC-BY-ND-3.0-DE","CC-BY-ND-4.0","CC-BY-SA-1.0","CC-BY-SA-2.0","CC-BY-SA-2.0-UK","CC-BY-SA-2.1-JP","CC-BY-SA-2.5","CC-BY-SA-3.0","CC-BY-SA-3.0-AT","CC-BY-SA-3.0-DE","CC-BY-SA-3.0-IGO","CC-BY-SA-4.0","CC-PDDC","CC-PDM-1.0","CC-SA-1.0","CC0-1.0","CDDL-1.0","CDDL-1.1","CDL-1.0","CDLA-Permissive-1.0","CDLA-Permissive-2.0","CDLA-Sharing-1.0","CECILL-1.0","CECILL-1.1","CECILL-2.0","CECILL-2.1","CECILL-B","CECILL-C","CERN-OHL-1.1","CERN-OHL-1.2","CERN-OHL-P-2.0","CERN-OHL-S-2.0","CERN-OHL-W-2.0","CFITSIO","CMU-Mach","CMU-Mach-nodoc","CNRI-Jython","CNRI-Python","CNRI-Python-GPL-Compatible","COIL-1.0","CPAL-1.0","CPL-1.0","CPOL-1.02","CUA-OPL-1.0","Caldera","Caldera-no-preamble","Catharon","ClArtistic","Clips","Community-Spec-1.0","Condor-1.1","Cornell-Lossless-JPEG","Cronyx","Crossword","CryptoSwift","CrystalStacker","Cube","D-FSL-1.0","DEC-3-Clause","DL-DE-BY-2.0","DL-DE-ZERO-2.0","DOC","DRL-1.0","DRL-1.1","DSDP","DocBook-DTD","DocBook-Schema","DocBook-Stylesheet","DocBook-XML","Dotseqn","ECL-1.0","ECL-2.0","EFL-1.0","EFL-2.0","EPICS","EPL-1.0","EPL-2.0","ESA-PL-permissive-2.4","ESA-PL-strong-copyleft-2.4","ESA-PL-weak-copyleft-2.4","EUDatagrid","EUPL-1.0","EUPL-1.1","EUPL-1.2","Elastic-2.0","Entessa","ErlPL-1.1","Eurosym","FBM","FDK-AAC","FDK-MPEG-H","FSFAP","FSFAP-no-warranty-disclaimer","FSFUL","FSFULLR","FSFULLRSD","FSFULLRWD","FSL-1.1-ALv2","FSL-1.1-MIT","FTL","Fair","Ferguson-Twofish","Frameworx-1.0","FreeBSD-DOC","FreeImage","Furuseth","GCR-docs","GD","GFDL-1.1-invariants-only","GFDL-1.1-invariants-or-later","GFDL-1.1-no-invariants-only","GFDL-1.1-no-invariants-or-later","GFDL-1.1-only","GFDL-1.1-or-later","GFDL-1.2-invariants-only","GFDL-1.2-invariants-or-later","GFDL-1.2-no-invariants-only","GFDL-1.2-no-invariants-or-later","GFDL-1.2-only","GFDL-1.2-or-later","GFDL-1.3-invariants-only","GFDL-1.3-invariants-or-later","GFDL-1.3-no-invariants-only","GFDL-1.3-no-invariants-or-later","GFDL-1.3-only","GFDL-1.3-or-later","GL2PS","GLWTPL","GPL-1.0-only","GPL-1.0-or-later","GPL-2.0-only","GPL-2.0-or-later","GPL-3.0-only","GPL-3.0-or-later","Game-Programming-Gems","Giftware","Glide","Glulxe","Graphics-Gems","Gutmann","HDF5","HIDAPI","HP-1986","HP-1989","HPND","HPND-DEC","HPND-Fenneberg-Livingston","HPND-INRIA-IMAG","HPND-Intel","HPND-Kevlin-Henney","HPND-MIT-disclaimer","HPND-Markus-Kuhn","HPND-Netrek","HPND-Pbmplus","HPND-SMC","HPND-UC","HPND-UC-export-US","HPND-doc","HPND-doc-sell","HPND-export-US","HPND-export-US-acknowledgement","HPND-export-US-modify","HPND-export2-US","HPND-merchantability-variant","HPND-sell-MIT-disclaimer-xserver","HPND-sell-regexpr","HPND-sell-variant","HPND-sell-variant-MIT-disclaimer","HPND-sell-variant-MIT-disclaimer-rev","HPND-sell-variant-critical-systems","HTMLTIDY","HaskellReport","Hippocratic-2.1","Hippocratic-3.0-core","IBM-pibs","ICU","IEC-Code-Components-EULA","IJG","IJG-short","IPA","IPL-1.0","ISC","ISC-Veillard","ISO-permission","ImageMagick","Imlib2","Info-ZIP","Informatica","Inner-Net-2.0","InnoSetup","Intel","Intel-ACPI","Interbase-1.0","JPL-image","JPNIC","JSON","Jam","JasPer-2.0","Kastrup","Kazlib","Knuth-CTAN","LAL-1.2","LAL-1.3","LGPL-2.0-only","LGPL-2.0-or-later","LGPL-2.1-only","LGPL-2.1-or-later","LGPL-3.0-only","LGPL-3.0-or-later","LGPLLR","LOOP","LPD-document","LPL-1.0","LPL-1.02","LPPL-1.0","LPPL-1.1","LPPL-1.2","LPPL-1.3a","LPPL-1.3c","LZMA-SDK-9.11-to-9.20","LZMA-SDK-9.22","Latex2e","Latex2e-translated-notice","Leptonica","LiLiQ-P-1.1","LiLiQ-R-1.1","LiLiQ-Rplus-1.1","Libpng","Linux-OpenIB","Linux-man-pages-1-para","Linux-man-pages-copyleft","Linux-man-pages-copyleft-2-para","Linux-man-pages-copyleft-var","Lucida-Bitmap-Fonts","MIPS","MIT","MIT-0","MIT-CMU","MIT-Click","MIT-Festival","MIT-Khronos-old","MIT-Modern-Variant","MIT-STK","MIT-Wu","MIT-advertising","MIT-enna","MIT-feh","MIT-open-group","MIT-testregex","MITNFA","MMIXware","MMPL-1.0.1","MPEG-SSG","MPL-1.0","MPL-1.1","MPL-2.0","MPL-2.0-no-copyleft-exception","MS-LPL","MS-PL","MS-RL","MTLL","MVT-1.1","Mackerras-3-Clause","Mackerras-3-Clause-acknowledgment","MakeIndex","Martin-Birgmeier","McPhee-slideshow","Minpack","MirOS","Motosoto","MulanPSL-1.0","MulanPSL-2.0","Multics","Mup","NAIST-2003","NASA-1.3","NBPL-1.0","NCBI-PD","NCGL-UK-2.0","NCL","NCSA","NGPL","NICTA-1.0","NIST-PD","NIST-PD-TNT","NIST-PD-fallback","NIST-Software","NLOD-1.0","NLOD-2.0","NLPL","NOSL","NPL-1.0","NPL-1.1","NPOSL-3.0","NRL","NTIA-PD","NTP","NTP-0","Naumen","NetCDF","Newsletr","Nokia","Noweb","O-UDA-1.0","OAR","OCCT-PL","OCLC-2.0","ODC-By-1.0","ODbL-1.0","OFFIS","OFL-1.0","OFL-1.0-RFN","OFL-1.0-no-RFN","OFL-1.1","OFL-1.1-RFN","OFL-1.1-no-RFN","OGC-1.0","OGDL-Taiwan-1.0","OGL-Canada-2.0","OGL-UK-1.0","OGL-UK-2.0","OGL-UK-3.0","OGTSL","OLDAP-1.1","OLDAP-1.2","OLDAP-1.3","OLDAP-1.4","OLDAP-2.0","OLDAP-2.0.1","OLDAP-2.1","OLDAP-2.2","OLDAP-2.2.1","OLDAP-2.2.2","OLDAP-2.3","OLDAP-2.4","OLDAP-2.5","OLDAP-2.6","OLDAP-2.7","OLDAP-2.8","OLFL-1.3","OML","OPL-1.0","OPL-UK-3.0","OPUBL-1.0","OSC-1.0","OSET-PL-2.1","OSL-1.0","OSL-1.1","OSL-2.0","OSL-2.1","OSL-3.0","OSSP","OpenMDW-1.0","OpenPBS-2.3","OpenSSL","OpenSSL-standalone","OpenVision","PADL","PDDL-1.0","PHP-3.0","PHP-3.01","PPL","PSF-2.0","ParaType-Free-Font-1.3","Parity-6.0.0","Parity-7.0.0","Pixar","Plexus","PolyForm-Noncommercial-1.0.0","PolyForm-Small-Business-1.0.0","PostgreSQL","Python-2.0","Python-2.0.1","QPL-1.0","QPL-1.0-INRIA-2004","Qhull","RHeCos-1.1","RPL-1.1","RPL-1.5","RPSL-1.0","RSA-MD","RSCPL","Rdisc","Ruby","Ruby-pty","SAX-PD","SAX-PD-2.0","SCEA","SGI-B-1.0","SGI-B-1.1","SGI-B-2.0","SGI-OpenGL","SGMLUG-PM","SGP4","SHL-0.5","SHL-0.51","SISSL","SISSL-1.2","SL","SMAIL-GPL","SMLNJ","SMPPL","SNIA","SOFA","SPL-1.0","SSH-OpenSSH","SSH-short","SSLeay-standalone","SSPL-1.0","SUL-1.0","SWL","Saxpath","SchemeReport","Sendmail","Sendmail-8.23","Sendmail-Open-Source-1.1","SimPL-2.0","Sleepycat","Soundex","Spencer-86","Spencer-94","Spencer-99","SugarCRM-1.1.3","Sun-PPP","Sun-PPP-2000","SunPro","Symlinks","TAPR-OHL-1.0","TCL","TCP-wrappers","TGPPL-1.0","TMate","TORQUE-1.1","TOSL","TPDL","TPL-1.0","TTWL","TTYP0","TU-Berlin-1.0","TU-Berlin-2.0","TekHVC","TermReadKey","ThirdEye","TrustedQSL","UCAR","UCL-1.0","UMich-Merit","UPL-1.0","URT-RLE","Ubuntu-font-1.0","UnRAR","Unicode-3.0","Unicode-DFS-2015","Unicode-DFS-2016","Unicode-TOU","UnixCrypt","Unlicense","Unlicense-libtelnet","Unlicense-libwhirlpool","VOSTROM","VSL-1.0","Vim","Vixie-Cron","W3C","W3C-19980720","W3C-20150513","WTFNMFPL","WTFPL","Watcom-1.0","Widget-Workshop","WordNet","Wsuipa","X11","X11-distribute-modifications-variant","X11-no-permit-persons","X11-swapped","XFree86-1.1","XSkat","Xdebug-1.03","Xerox","Xfig","Xnet","YPL-1.0","YPL-1.1","ZPL-1.1","ZPL-2.0","ZPL-2.1","Zed","Zeeff","Zend-2.0","Zimbra-1.3","Zimbra-1.4","Zlib","any-OSI","any-OSI-perl-modules","atc-game","bcrypt-Solar-Designer","blessing","bzip2-1.0.6","check-cvs","checkmk","copyleft-next-0.3.0","copyleft-next-0.3.1","curl","cve-tou","diffmark","dtoa","dvipdfm","eGenix","etalab-2.0","fwlw","gSOAP-1.3b","generic-xts","gnuplot","gtkbook","hdparm","hyphen-bulgarian","iMatix","jove","libpng-1.6.35","libpng-2.0","libselinux-1.0","libtiff","libutil-David-Nugent","lsof","magaz","mailprio","man2html","metamail","mpi-permissive","mpich2","mplus","ngrep","pkgconf","pnmstitch","psfrag","psutils","python-ldap","radvd","snprintf","softSurfer","ssh-keyscan","swrule","threeparttable","ulem","w3m","wwl","xinetd","xkeyboard-config-Zinoviev","xlock","xpp","xzoom","zlib-acknowledgement"]');

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
;// CONCATENATED MODULE: ./build/metadata/sources/source.js
/** Largest data file read whole; PMDB chunks are a few MB. Bounds memory on a hostile source. */
const MAX_OBJECT_BYTES = (/* unused pure expression or super */ null && (512 * 1024 * 1024));
/** Control characters of untrusted text (names from a listing, ids from a file) made visible, never executed by a terminal. */
function printable(text, max = 300) {
    const isControl = (code) => code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029;
    let first = -1;
    for (let i = 0; i < text.length && first < 0; i++)
        if (isControl(text.charCodeAt(i)))
            first = i;
    // Most text has none: returned as it is, without copying.
    let cleaned = text;
    if (first >= 0) {
        cleaned = text.slice(0, first);
        for (let i = first; i < text.length; i++) {
            const code = text.charCodeAt(i);
            cleaned += isControl(code) ? `\\u${code.toString(16).padStart(4, '0')}` : text[i];
        }
    }
    return cleaned.length > max ? `${cleaned.slice(0, max)}…` : cleaned;
}

;// CONCATENATED MODULE: ./build/metadata/store/types.js
const packageKeyText = (k) => `${k.type}\u0000${k.key}`;
function versionsText(pkg) {
    return pkg.versions.kind === 'pmdb' ? { kind: 'pmdb', text: pkg.versions.range } : { kind: 'osv', text: JSON.stringify(pkg.versions.affected) };
}

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __nccwpck_require__(2088);
;// CONCATENATED MODULE: ./build/model/result.js
const result_ok = (value) => ({ ok: true, value });
const result_err = (error) => ({ ok: false, error });

;// CONCATENATED MODULE: ./build/ecosystems/shared/purl-rule.js
/** Segments of types whose names packageurl-js lower-cases: only lower-case segments come back unchanged. */
const LOWER_CASE_SEGMENT = /^[a-z0-9][a-z0-9._~-]*$/;
/** Segments of types whose names keep their case. */
const CASED_SEGMENT = /^[A-Za-z0-9][A-Za-z0-9._~-]*$/;

;// CONCATENATED MODULE: ./build/ecosystems/npm/index.js



// node-semver is npm's own implementation, so it is the reference itself: every answer here is its answer with
// default options (loose: false, includePrerelease: false), which is what `npm install` uses.
function parse(text) {
    const version = semver.parse(text, { loose: false });
    return version ? result_ok(version) : result_err(`"${text}" is not a valid npm (semver) version`);
}
function parseRange(text, syntax) {
    // DESIGN.md 8.1 advisory syntax differs from node-semver's only by allowing `&&` between constraints.
    const source = syntax === 'advisory' ? text.replaceAll('&&', ' ') : text;
    let range;
    try {
        range = new semver.Range(source, { loose: false });
    }
    catch (e) {
        return result_err(`"${text}" is not a valid npm range: ${e.message}`);
    }
    return result_ok({ text, contains: (version) => range.test(version) });
}
const versioning = {
    parse,
    compare: (a, b) => a.compare(b),
    parseRange,
};
const npm = {
    type: 'npm',
    aliases: [],
    // Scoped names stay `@scope/name` (DESIGN.md 4). npm names are case-sensitive for old packages (JSONStream and
    // jsonstream are different packages), so the case is kept; search is case-insensitive anyway.
    canonicalName: (namespace, name) => {
        if (!namespace)
            return name;
        return `${namespace.startsWith('@') ? namespace : `@${namespace}`}/${name}`;
    },
    // Only a scope ("@scope/name") is a namespace; a "/" elsewhere stays in the name.
    splitName: (fullName) => {
        const slash = fullName.indexOf('/');
        return fullName.startsWith('@') && slash > 0 ? [fullName.slice(0, slash), fullName.slice(slash + 1)] : [null, fullName];
    },
    versioning,
    // packageurl-js lower-cases npm names and writes a scope "@s" as "%40s" (the purl spec's rule for the type).
    plainPurl: { segment: LOWER_CASE_SEGMENT, namespace: 'optional', atScope: true },
};

;// CONCATENATED MODULE: ./build/model/compare-strings.js
/** Code-unit order, so output does not depend on the machine's locale (localeCompare would). */
function compareStrings(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

;// CONCATENATED MODULE: ./build/ecosystems/pypi/version.js


// Python's `\s` on str (str.isspace): wider than JS's `\s` (\x1c-\x1f, \x85) and without \ufeff.
const PY_SPACE = '\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
// packaging's VERSION_PATTERN verbatim (re.VERBOSE | re.IGNORECASE); a constant, never built from input.
// `u` makes case-insensitive matching fold like Python's (the Kelvin sign matches `k`).
const VERSION_RE = new RegExp(`^[${PY_SPACE}]*v?(?:(?:(?<epoch>[0-9]+)!)?(?<release>[0-9]+(?:\\.[0-9]+)*)` +
    '(?<pre>[-_.]?(?<pre_l>alpha|a|beta|b|preview|pre|c|rc)[-_.]?(?<pre_n>[0-9]+)?)?' +
    '(?<post>(?:-(?<post_n1>[0-9]+))|(?:[-_.]?(?<post_l>post|rev|r)[-_.]?(?<post_n2>[0-9]+)?))?' +
    '(?<dev>[-_.]?(?<dev_l>dev)[-_.]?(?<dev_n>[0-9]+)?)?)' +
    `(?:\\+(?<local>[a-z0-9]+(?:[-_.][a-z0-9]+)*))?[${PY_SPACE}]*$`, 'diu');
/**
 * Python's IGNORECASE also matches `ı` (U+0131) and `İ` (U+0130) with `i`, which JS's `iu` does not: the regex
 * runs on a copy with those folded (same length, so the match positions hold) and groups come from the input.
 */
const foldForMatch = (text) => text.replace(/[\u0130\u0131]/g, 'i');
function pyGroups(re, text) {
    const indices = re.exec(foldForMatch(text))?.indices?.groups;
    if (!indices)
        return undefined;
    const out = {};
    for (const [name, span] of Object.entries(indices))
        out[name] = span ? text.slice(span[0], span[1]) : undefined;
    return out;
}
/** CPython 3.11+ refuses int() of more than 4300 digits (ValueError), so `packaging` rejects such versions. */
const PY_INT_MAX_DIGITS = 4300;
class TooLong extends Error {
}
function version_int(digits) {
    if (digits.length > PY_INT_MAX_DIGITS)
        throw new TooLong();
    let i = 0;
    while (i < digits.length - 1 && digits.charCodeAt(i) === 48)
        i++;
    return i === 0 ? digits : digits.slice(i);
}
const PRE_LABEL = { alpha: 'a', a: 'a', beta: 'b', b: 'b', c: 'rc', pre: 'rc', preview: 'rc', rc: 'rc' };
function isDigits(s) {
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c < 48 || c > 57)
            return false;
    }
    return s.length > 0;
}
function parsePypiVersion(text) {
    const g = pyGroups(VERSION_RE, text);
    if (!g || g.release === undefined)
        return result_err(`invalid PEP 440 version "${text}"`);
    try {
        const epoch = g.epoch === undefined ? '0' : version_int(g.epoch);
        const release = g.release.split('.').map(version_int);
        // _parse_letter_version: lower-case, then the alternate spellings; anything else stays as it is.
        const preLabel = g.pre_l === undefined ? undefined : g.pre_l.toLowerCase();
        const pre = preLabel === undefined ? null : [PRE_LABEL[preLabel] ?? preLabel, version_int(g.pre_n ?? '0')];
        const postDigits = g.post_n1 ?? g.post_n2;
        const post = g.post === undefined ? null : version_int(postDigits ?? '0');
        const postWord = g.post_l?.toLowerCase() ?? 'post';
        const postLabel = postWord === 'rev' || postWord === 'r' ? 'post' : postWord;
        const dev = g.dev === undefined ? null : version_int(g.dev_n ?? '0');
        const local = g.local === undefined
            ? null
            : g.local.split(/[-_.]/).map((part) => (isDigits(part) ? version_int(part) : part.toLowerCase()));
        return result_ok(build(epoch, release, pre, post, dev, local, postLabel));
    }
    catch (e) {
        if (e instanceof TooLong)
            return result_err(`invalid PEP 440 version "${text.slice(0, 80)}…": a number over 4300 digits`);
        throw e;
    }
}
function build(epoch, release, pre, post, dev, local, postLabel = 'post') {
    let end = release.length;
    while (end > 0 && release[end - 1] === '0')
        end--;
    const text = (epoch === '0' ? '' : `${epoch}!`) +
        release.join('.') +
        (pre ? pre[0] + pre[1] : '') +
        (post === null ? '' : `.post${post}`) +
        (dev === null ? '' : `.dev${dev}`) +
        (local ? `+${local.join('.')}` : '');
    return { epoch, release, pre, post, postLabel, dev, local, text, releaseKey: release.slice(0, end) };
}
/** `Version(v.public)`: the same version without its local label. */
function publicOf(v) {
    return v.local === null ? v : build(v.epoch, v.release, v.pre, v.post, v.dev, null, v.postLabel);
}
/** `Version(v.base_version)`: epoch and release only. */
function baseOf(v) {
    return build(v.epoch, v.release, null, null, null, null);
}
const isPrerelease = (v) => v.pre !== null || v.dev !== null;
function compareDigits(a, b) {
    if (a.length !== b.length)
        return a.length < b.length ? -1 : 1;
    return compareStrings(a, b);
}
// _cmpkey's Infinity/NegativeInfinity sentinels, as ranks around the real values.
const NEG = 0;
const VAL = 1;
const POS = 2;
function preRank(v) {
    if (v.pre === null && v.post === null && v.dev !== null)
        return NEG;
    return v.pre === null ? POS : VAL;
}
function compareRelease(a, b) {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
        const c = compareDigits(a[i], b[i]);
        if (c !== 0)
            return c;
    }
    return a.length - b.length;
}
// Local parts: a number sorts after any string (`(int, "")` against `(-inf, str)`), numbers by value.
function compareLocal(a, b) {
    if (a === null || b === null)
        return a === b ? 0 : a === null ? -1 : 1;
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
        const x = a[i];
        const y = b[i];
        const xn = isDigits(x);
        const yn = isDigits(y);
        let c;
        if (xn && yn)
            c = compareDigits(x, y);
        else if (xn !== yn)
            c = xn ? 1 : -1;
        else
            c = compareStrings(x, y);
        if (c !== 0)
            return c;
    }
    return a.length - b.length;
}
function comparePypi(a, b) {
    let c = compareDigits(a.epoch, b.epoch);
    if (c === 0)
        c = compareRelease(a.releaseKey, b.releaseKey);
    if (c === 0) {
        const ra = preRank(a);
        const rb = preRank(b);
        c = ra - rb;
        if (c === 0 && ra === VAL && a.pre && b.pre) {
            c = a.pre[0] < b.pre[0] ? -1 : a.pre[0] > b.pre[0] ? 1 : compareDigits(a.pre[1], b.pre[1]);
        }
    }
    if (c === 0 && (a.post !== null || b.post !== null)) {
        if (a.post === null || b.post === null)
            c = a.post === null ? -1 : 1;
        else
            c = a.postLabel < b.postLabel ? -1 : a.postLabel > b.postLabel ? 1 : compareDigits(a.post, b.post);
    }
    if (c === 0)
        c = a.dev === b.dev ? 0 : a.dev === null ? 1 : b.dev === null ? -1 : compareDigits(a.dev, b.dev);
    if (c === 0)
        c = compareLocal(a.local, b.local);
    return c < 0 ? -1 : c > 0 ? 1 : 0;
}

;// CONCATENATED MODULE: ./build/ecosystems/pypi/specifier.js


/**
 * PEP 440 specifiers exactly as `packaging.specifiers` 23.x evaluates them with `prereleases=True`: the
 * operator rules are ported line by line (`_compare_*`), including their string-level wildcard handling.
 */
const PRE = '(?:[-_.]?(?:alpha|beta|preview|pre|a|b|c|rc)[-_.]?[0-9]*)?';
const POST = '(?:(?:-[0-9]+)|(?:[-_.]?(?:post|rev|r)[-_.]?[0-9]*))?';
const DEV = '(?:[-_.]?dev[-_.]?[0-9]*)?';
const S = `[${PY_SPACE}]*`;
// Specifier._regex verbatim; a constant, never built from input.
const SPECIFIER_RE = new RegExp(`^${S}(?<operator>~=|==|!=|<=|>=|<|>|===)(?<version>` +
    `(?:(?<====)${S}[^${PY_SPACE};)]*)` +
    `|(?:(?<===|!=)${S}v?(?:[0-9]+!)?[0-9]+(?:\\.[0-9]+)*(?:\\.\\*|${PRE}${POST}${DEV}(?:\\+[a-z0-9]+(?:[-_.][a-z0-9]+)*)?)?)` +
    `|(?:(?<=~=)${S}v?(?:[0-9]+!)?[0-9]+(?:\\.[0-9]+)+${PRE}${POST}${DEV})` +
    `|(?:(?<!==|!=|~=)${S}v?(?:[0-9]+!)?[0-9]+(?:\\.[0-9]+)*${PRE}${POST}${DEV})` +
    `)${S}$`, 'diu');
const STRIP_RE = new RegExp(`^[${PY_SPACE}]+|[${PY_SPACE}]+$`, 'gu');
const pyStrip = (s) => s.replace(STRIP_RE, '');
/** One parsed specifier: a predicate over parsed versions, built once. */
function parseSpecifier(text) {
    const g = pyGroups(SPECIFIER_RE, text);
    const operator = g?.operator;
    const versionGroup = g?.version;
    if (operator === undefined || versionGroup === undefined)
        return result_err(`invalid PEP 440 specifier "${text}"`);
    const spec = pyStrip(versionGroup);
    if (operator === '===') {
        const wanted = spec.toLowerCase();
        return result_ok((v) => v.text.toLowerCase() === wanted);
    }
    if ((operator === '==' || operator === '!=') && spec.endsWith('.*')) {
        const prefix = prefixMatcher(spec.slice(0, -2));
        return result_ok(operator === '==' ? prefix : (v) => !prefix(v));
    }
    const parsed = parsePypiVersion(spec);
    if (!parsed.ok)
        return result_err(`invalid PEP 440 specifier "${text}": ${parsed.error}`);
    const target = parsed.value;
    switch (operator) {
        case '==':
        case '!=': {
            const equal = equalTo(target);
            return result_ok(operator === '==' ? equal : (v) => !equal(v));
        }
        case '<=':
            return result_ok((v) => comparePypi(publicOf(v), target) <= 0);
        case '>=':
            return result_ok((v) => comparePypi(publicOf(v), target) >= 0);
        case '<':
            return result_ok(lessThan(target));
        case '>':
            return result_ok(greaterThan(target));
        case '~=': {
            // _compare_compatible works on the specifier's own text, not its normal form.
            const kept = versionSplit(spec).filter(takeWhile(isNotSuffix));
            const prefix = prefixMatcher(kept.slice(0, -1).join('.'));
            return result_ok((v) => comparePypi(publicOf(v), target) >= 0 && prefix(v));
        }
    }
    return result_err(`invalid PEP 440 specifier "${text}"`);
}
function equalTo(target) {
    if (target.local === null)
        return (v) => comparePypi(publicOf(v), target) === 0;
    return (v) => comparePypi(v, target) === 0;
}
// `<V` never admits a pre-release of V itself unless V is one.
function lessThan(target) {
    const targetBase = baseOf(target);
    const targetPre = isPrerelease(target);
    return (v) => {
        if (comparePypi(v, target) >= 0)
            return false;
        return !(!targetPre && isPrerelease(v) && comparePypi(baseOf(v), targetBase) === 0);
    };
}
// `>V` never admits a post-release of V (unless V is one) nor V with a local label.
function greaterThan(target) {
    const targetBase = baseOf(target);
    const targetPost = target.post !== null;
    return (v) => {
        if (comparePypi(v, target) <= 0)
            return false;
        if (!targetPost && v.post !== null && comparePypi(baseOf(v), targetBase) === 0)
            return false;
        return !(v.local !== null && comparePypi(baseOf(v), targetBase) === 0);
    };
}
/** `_compare_equal` for a `.*` specifier, given the text before `.*`. */
function prefixMatcher(specText) {
    const splitSpec = versionSplit(canonicalize(specText, false));
    return (v) => {
        const padded = padLeft(prospectiveSplit(v), splitSpec);
        if (padded.length < splitSpec.length)
            return false;
        for (let i = 0; i < splitSpec.length; i++)
            if (padded[i] !== splitSpec[i])
                return false;
        return true;
    };
}
// The prospective side depends only on the version: worked out once per parsed version, not once per test.
const splitCache = new WeakMap();
function prospectiveSplit(v) {
    let split = splitCache.get(v);
    if (!split)
        splitCache.set(v, (split = versionSplit(canonicalize(publicOf(v), true))));
    return split;
}
/** packaging.utils.canonicalize_version: a string that is not a version is returned unchanged. */
function canonicalize(version, stripTrailingZero) {
    let v;
    if (typeof version === 'string') {
        const parsed = parsePypiVersion(version);
        if (!parsed.ok)
            return version;
        v = parsed.value;
    }
    else {
        v = version;
    }
    let release = v.release.join('.');
    if (stripTrailingZero) {
        // re.sub(r"(\.0)+$", "", release)
        while (release.endsWith('.0'))
            release = release.slice(0, -2);
    }
    return ((v.epoch === '0' ? '' : `${v.epoch}!`) +
        release +
        (v.pre ? v.pre[0] + v.pre[1] : '') +
        (v.post === null ? '' : `.post${v.post}`) +
        (v.dev === null ? '' : `.dev${v.dev}`) +
        (v.local ? `+${v.local.join('.')}` : ''));
}
const PREFIX_RE = /^([0-9]+)((?:a|b|c|rc)[0-9]+)$/;
function versionSplit(version) {
    const result = [];
    for (const item of version.split('.')) {
        const m = PREFIX_RE.exec(item);
        if (m)
            result.push(m[1], m[2]);
        else
            result.push(item);
    }
    return result;
}
const isNotSuffix = (s) => !['dev', 'a', 'b', 'rc', 'post'].some((p) => s.startsWith(p));
function takeWhile(predicate) {
    let taking = true;
    return (x) => (taking = taking && predicate(x));
}
// str.isdigit() on these parts: every part comes from a canonical string or the specifier regex, so ASCII.
const isDigitString = (s) => /^[0-9]+$/.test(s);
/** _pad_version(left, right)[0]: left's release padded with "0" to right's release length. */
function padLeft(left, right) {
    let l = 0;
    while (l < left.length && isDigitString(left[l]))
        l++;
    let r = 0;
    while (r < right.length && isDigitString(right[r]))
        r++;
    if (r <= l)
        return left;
    return [...left.slice(0, l), ...Array(r - l).fill('0'), ...left.slice(l)];
}

;// CONCATENATED MODULE: ./build/ecosystems/pypi/name.js
// Python package names, in one place for every stage (ingest, search keys, the ecosystem's canonical name), so
// two spellings of one package can never compare differently in two places.
/**
 * PEP 503 normalisation: lower-case, runs of `-`, `_` and `.` become one `-` ("Typing_Extensions" and
 * "typing.extensions" are the same package). One character class under `+`: linear even on long runs.
 */
function pep503Name(name) {
    return name.toLowerCase().replace(/[-_.]+/g, '-');
}
/** Names as lock files and manifests write them (padding included), compared the PEP 503 way. */
function canonicalPypiName(name) {
    return pep503Name(name.trim());
}
/** PEP 508 names: letters and digits, with `-`, `_`, `.` inside. */
function isPypiName(name) {
    return /^[A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9])?$/.test(name);
}
/**
 * The name at the start of a PEP 508 requirement ("requests[socks]>=2; python_version<'3'" -> "requests"),
 * or null when the text does not start with one. Linear: one scan, no backtracking.
 */
function requirementName(requirement) {
    const text = requirement.trimStart();
    let end = 0;
    while (end < text.length) {
        const c = text.charCodeAt(end);
        const isWordChar = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x2d || c === 0x5f || c === 0x2e;
        if (!isWordChar)
            break;
        end++;
    }
    const name = text.slice(0, end);
    return name.length > 0 && isPypiName(name) ? name : null;
}

;// CONCATENATED MODULE: ./build/ecosystems/pypi/index.js




/**
 * `SpecifierSet(text)`: comma-joined specifiers, empty items skipped (an empty set admits every version).
 * `bareIsEqual`: the advisory syntax (DESIGN.md 8.1) lets a bare version mean `==version`.
 */
function parseSpecifierSet(text, bareIsEqual) {
    const tests = [];
    for (const item of text.split(',')) {
        const stripped = pyStrip(item);
        if (stripped === '')
            continue;
        const spec = bareIsEqual && !'<>=!~'.includes(stripped.charAt(0)) ? `==${stripped}` : stripped;
        const parsed = parseSpecifier(spec);
        if (!parsed.ok)
            return parsed;
        tests.push(parsed.value);
    }
    return result_ok((v) => tests.every((t) => t(v)));
}
function pypi_parseRange(text, syntax) {
    if (syntax === 'native') {
        const set = parseSpecifierSet(text, false);
        return set.ok ? result_ok({ text, contains: set.value }) : set;
    }
    // PMDB affected_range: `||` between alternatives, each a comma-joined specifier set.
    const alternatives = [];
    for (const part of text.split('||')) {
        if (pyStrip(part) === '')
            return result_err(`invalid pypi affected_range "${text}": an empty alternative`);
        const set = parseSpecifierSet(part, true);
        if (!set.ok)
            return result_err(`invalid pypi affected_range "${text}": ${set.error}`);
        alternatives.push(set.value);
    }
    return result_ok({ text, contains: (v) => alternatives.some((t) => t(v)) });
}
const pypi = {
    type: 'pypi',
    aliases: [],
    // PyPI has no namespaces; one given anyway is kept, lower-cased, rather than dropped.
    canonicalName: (namespace, name) => {
        const canonical = pep503Name(name);
        return namespace ? `${namespace.toLowerCase()}/${canonical}` : canonical;
    },
    versioning: { parse: parsePypiVersion, compare: comparePypi, parseRange: pypi_parseRange },
    // packageurl-js lower-cases pypi names and turns "_" into "-": only such names come back unchanged (the purl spec's rule for the type).
    plainPurl: { segment: /^[a-z0-9][a-z0-9.~-]*$/, namespace: 'none' },
};

;// CONCATENATED MODULE: ./build/ecosystems/maven/comparable-version.js


const MAX_MAVEN_VERSION_LENGTH = 4096;
const QUALIFIERS = ['alpha', 'beta', 'milestone', 'rc', 'snapshot', '', 'sp'];
// StringItem.ALIASES: the release's other names are the empty qualifier itself.
const ALIASES = new Map([['ga', ''], ['final', ''], ['release', ''], ['cr', 'rc']]);
const RELEASE_KEY = String(QUALIFIERS.indexOf(''));
const ZERO = { kind: 0, size: 0, digits: '0' };
function comparableQualifier(q) {
    const i = QUALIFIERS.indexOf(q);
    return i === -1 ? `${QUALIFIERS.length}-${q}` : String(i);
}
function stringItem(raw, followedByDigit) {
    let value = raw;
    if (followedByDigit && value.length === 1) {
        // a1 = alpha-1, b1 = beta-1, m1 = milestone-1
        if (value === 'a')
            value = 'alpha';
        else if (value === 'b')
            value = 'beta';
        else if (value === 'm')
            value = 'milestone';
    }
    value = ALIASES.get(value) ?? value;
    return { kind: 1, value, key: comparableQualifier(value) };
}
// Java's Character.isDigit is Unicode-wide (Nd) and Integer.parseInt accepts any Nd digit; a digit's value is its
// distance from the start of its run of ten.
const UNICODE_DIGIT = /\p{Nd}/u;
function isJavaDigit(code) {
    if (code >= 48 && code <= 57)
        return true;
    if (code < 128 || (code >= 0xd800 && code <= 0xdfff))
        return false;
    return UNICODE_DIGIT.test(String.fromCharCode(code));
}
function digitValue(code) {
    if (code <= 57)
        return code - 48;
    let start = code;
    while (start > 0 && isJavaDigit(start - 1))
        start--;
    return (code - start) % 10;
}
function numberItem(buf) {
    // stripLeadingZeroes only strips ASCII '0' and keeps an all-zero string whole: its length picks Int/Long/BigInteger.
    let i = 0;
    while (i < buf.length && buf.charCodeAt(i) === 48)
        i++;
    const stripped = i === buf.length ? buf : buf.slice(i);
    const size = stripped.length <= 9 ? 0 : stripped.length <= 18 ? 1 : 2;
    let ascii = '';
    for (let j = 0; j < stripped.length; j++)
        ascii += String(digitValue(stripped.charCodeAt(j)));
    let k = 0;
    while (k < ascii.length - 1 && ascii.charCodeAt(k) === 48)
        k++;
    return { kind: 0, size, digits: ascii.slice(k) };
}
const parseItem = (isDigit, buf) => (isDigit ? numberItem(buf) : stringItem(buf, false));
function isNull(item) {
    if (item.kind === 0)
        return item.digits === '0';
    if (item.kind === 1)
        return item.key === RELEASE_KEY;
    return item.items.length === 0;
}
// ListItem.normalize: from the end, null items (0, "", empty list) are removed; the walk stops at the first item
// that is neither null nor a list (so 1.0-1 keeps no 0: 1-1, and 1.0.final-redhat is 1-redhat).
function normalize(list) {
    const items = list.items;
    for (let i = items.length - 1; i >= 0; i--) {
        const item = items[i];
        if (isNull(item))
            items.splice(i, 1);
        else if (item.kind !== 2)
            break;
    }
}
function parseMavenVersion(text) {
    if (text.length > MAX_MAVEN_VERSION_LENGTH)
        return result_err(`version is longer than ${MAX_MAVEN_VERSION_LENGTH} characters`);
    const version = text.toLowerCase();
    const items = { kind: 2, items: [] };
    let list = items;
    const stack = [list];
    const sublist = () => {
        const next = { kind: 2, items: [] };
        list.items.push(next);
        list = next;
        stack.push(next);
    };
    let isDigit = false;
    let start = 0;
    for (let i = 0; i < version.length; i++) {
        const c = version.charCodeAt(i);
        if (c === 46 /* . */ || c === 45 /* - */) {
            list.items.push(i === start ? ZERO : parseItem(isDigit, version.slice(start, i)));
            start = i + 1;
            if (c === 45)
                sublist();
        }
        else if (isJavaDigit(c)) {
            if (!isDigit && i > start) {
                // MNG-7644: 1.0.0.X1 < 1.0.0-X2, a qualifier followed by a number is treated as -X.
                if (list.items.length > 0)
                    sublist();
                list.items.push(stringItem(version.slice(start, i), true));
                start = i;
                sublist();
            }
            isDigit = true;
        }
        else {
            if (isDigit && i > start) {
                list.items.push(parseItem(true, version.slice(start, i)));
                start = i;
                sublist();
            }
            isDigit = false;
        }
    }
    if (version.length > start) {
        if (!isDigit && list.items.length > 0)
            sublist();
        list.items.push(parseItem(isDigit, version.slice(start)));
    }
    for (let i = stack.length - 1; i >= 0; i--)
        normalize(stack[i]);
    return result_ok({ text, items });
}
const sign = (n) => (n < 0 ? -1 : n > 0 ? 1 : 0);
function compareNumbers(a, b) {
    if (a.size !== b.size)
        return a.size < b.size ? -1 : 1;
    if (a.digits.length !== b.digits.length)
        return a.digits.length < b.digits.length ? -1 : 1;
    return compareStrings(a.digits, b.digits);
}
/** `Item.compareTo(other)`; `undefined` is Java's null (the shorter side ran out). */
function compareItem(a, b) {
    if (a.kind === 0) {
        if (b === undefined)
            return a.digits === '0' ? 0 : 1;
        return b.kind === 0 ? compareNumbers(a, b) : 1;
    }
    if (a.kind === 1) {
        if (b === undefined)
            return compareStrings(a.key, RELEASE_KEY);
        return b.kind === 1 ? compareStrings(a.key, b.key) : -1;
    }
    if (b === undefined) {
        // MNG-6964: the whole sub-list decides against null, not only its first item.
        for (const item of a.items) {
            const r = compareItem(item, undefined);
            if (r !== 0)
                return r;
        }
        return 0;
    }
    if (b.kind === 0)
        return -1;
    if (b.kind === 1)
        return 1;
    const n = Math.max(a.items.length, b.items.length);
    for (let i = 0; i < n; i++) {
        const l = a.items[i];
        const r = b.items[i];
        const result = l === undefined ? (r === undefined ? 0 : sign(-compareItem(r, undefined))) : compareItem(l, r);
        if (result !== 0)
            return result;
    }
    return 0;
}
function compareMavenVersions(a, b) {
    return compareItem(a.items, b.items);
}
/** `ComparableVersion.getCanonical()`, for messages and tests. */
function canonicalMavenVersion(v) {
    const render = (list) => list.items
        .map((item, i) => {
        const text = item.kind === 0 ? item.digits : item.kind === 1 ? item.value : render(item);
        return i === 0 ? text : (item.kind === 2 ? '-' : '.') + text;
    })
        .join('');
    return render(v.items);
}

;// CONCATENATED MODULE: ./build/ecosystems/maven/range.js


const MAX_MAVEN_RANGE_LENGTH = 4096;
const EVERYTHING = { lower: null, lowerInclusive: false, upper: null, upperInclusive: false };
function version(text) {
    const parsed = parseMavenVersion(text);
    // Only over-long text fails, and the whole range is shorter than that limit.
    if (!parsed.ok)
        throw new Error(parsed.error);
    return parsed.value;
}
function parseRestriction(spec, whole) {
    const lowerInclusive = spec.startsWith('[');
    const upperInclusive = spec.endsWith(']');
    const inner = spec.slice(1, -1).trim();
    const comma = inner.indexOf(',');
    if (comma < 0) {
        if (!lowerInclusive || !upperInclusive)
            return result_err(`range "${whole}": a single version must be in [], not "${spec}"`);
        const v = version(inner);
        return result_ok({ lower: v, lowerInclusive, upper: v, upperInclusive });
    }
    const lowerText = inner.slice(0, comma).trim();
    const upperText = inner.slice(comma + 1).trim();
    // Maven 3 dropped the old "identical boundaries" check: [1,1] is [1] and (,) is everything.
    const lower = lowerText === '' ? null : version(lowerText);
    const upper = upperText === '' ? null : version(upperText);
    if (lower && upper && compareMavenVersions(upper, lower) < 0) {
        return result_err(`range "${whole}": "${spec}" has its upper bound below its lower bound`);
    }
    return result_ok({ lower, lowerInclusive, upper, upperInclusive });
}
function parseSpec(spec, advisory) {
    const restrictions = [];
    let rest = spec;
    let upperBound = null;
    while (rest.startsWith('[') || rest.startsWith('(')) {
        const close = rest.indexOf(')');
        const bracket = rest.indexOf(']');
        let index = bracket;
        if ((bracket < 0 || close < bracket) && close >= 0)
            index = close;
        if (index < 0)
            return result_err(`range "${spec}" is not closed`);
        const restriction = parseRestriction(rest.slice(0, index + 1), spec);
        if (!restriction.ok)
            return restriction;
        const { lower } = restriction.value;
        // Maven checks only against the previous upper bound, and not at all after an unbounded one.
        if (!advisory && upperBound !== null && (lower === null || compareMavenVersions(lower, upperBound) < 0)) {
            return result_err(`range "${spec}": restrictions overlap`);
        }
        restrictions.push(restriction.value);
        upperBound = restriction.value.upper;
        rest = rest.slice(index + 1).trim();
        if (rest.startsWith(','))
            rest = rest.slice(1).trim();
    }
    if (rest.length > 0) {
        if (restrictions.length > 0)
            return result_err(`range "${spec}": "${rest}" is not a bracketed set`);
        if (!advisory)
            return result_ok([EVERYTHING]);
        const exact = version(rest.trim());
        return result_ok([{ lower: exact, lowerInclusive: true, upper: exact, upperInclusive: true }]);
    }
    return result_ok(restrictions);
}
function restrictionContains(r, v) {
    if (r.lower !== null) {
        const c = compareMavenVersions(r.lower, v);
        if (c > 0 || (c === 0 && !r.lowerInclusive))
            return false;
    }
    if (r.upper !== null) {
        const c = compareMavenVersions(r.upper, v);
        if (c < 0 || (c === 0 && !r.upperInclusive))
            return false;
    }
    return true;
}
function parseMavenRange(text, syntax) {
    if (text.length > MAX_MAVEN_RANGE_LENGTH)
        return result_err(`range is longer than ${MAX_MAVEN_RANGE_LENGTH} characters`);
    const advisory = syntax === 'advisory';
    const spec = advisory ? text.trim() : text;
    if (advisory && spec === '')
        return result_err('range is empty');
    const restrictions = parseSpec(spec, advisory);
    if (!restrictions.ok)
        return restrictions;
    const list = restrictions.value;
    return result_ok({ text, contains: (v) => list.some((r) => restrictionContains(r, v)) });
}

;// CONCATENATED MODULE: ./build/ecosystems/maven/index.js



/**
 * Maven: ComparableVersion order and VersionRange syntax of maven-artifact 3.9.x (see maven/comparable-version.ts).
 * Canonical name `groupId:artifactId` (DESIGN.md 4), case kept: coordinates are case-sensitive in practice (Maven
 * Central is a case-sensitive file tree, `org.Jenkins` is not `org.jenkins`); case-insensitive search is the
 * store's job, not a reason to merge two real packages here.
 */
const maven = {
    type: 'maven',
    aliases: [],
    canonicalName: (namespace, name) => (namespace ? `${namespace}:${name}` : name),
    // Gemnasium writes "group/artifact"; "group:artifact" is Maven's own spelling, accepted too.
    splitName: (fullName) => {
        const cut = fullName.includes('/') ? fullName.indexOf('/') : fullName.indexOf(':');
        return cut > 0 ? [fullName.slice(0, cut), fullName.slice(cut + 1)] : [null, fullName];
    },
    versioning: {
        parse: parseMavenVersion,
        compare: compareMavenVersions,
        parseRange: parseMavenRange,
    },
    // packageurl-js keeps Maven's case; a group id is required (the purl spec's rule for the type).
    plainPurl: { segment: CASED_SEGMENT, namespace: 'required' },
};

;// CONCATENATED MODULE: ./build/ecosystems/gem/version.js

// Ruby's `\s` is ASCII only.
const isSpace = (c) => c === 32 || (c >= 9 && c <= 13);
const isDigit = (c) => c >= 48 && c <= 57;
const isAlpha = (c) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isAlnum = (c) => isDigit(c) || isAlpha(c);
const isPreChar = (c) => isAlnum(c) || c === 45;
/**
 * ANCHORED_VERSION_PATTERN without a regex, so the work stays linear:
 * `\A\s*([0-9]+(?>\.[0-9a-zA-Z]+)*(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?)?\s*\z`.
 */
function isGemVersionCore(s) {
    let i = 0;
    const run = (accept) => {
        const start = i;
        while (i < s.length && accept(s.charCodeAt(i)))
            i++;
        return i > start;
    };
    if (!run(isDigit))
        return false;
    while (i < s.length && s.charCodeAt(i) === 46 && i + 1 < s.length && isAlnum(s.charCodeAt(i + 1))) {
        i++;
        run(isAlnum);
    }
    if (i === s.length)
        return true;
    if (s.charCodeAt(i) !== 45)
        return false;
    i++;
    if (!run(isPreChar))
        return false;
    while (i < s.length && s.charCodeAt(i) === 46) {
        i++;
        if (!run(isPreChar))
            return false;
    }
    return i === s.length;
}
function stripRuby(s) {
    let start = 0;
    let end = s.length;
    while (start < end && isSpace(s.charCodeAt(start)))
        start++;
    while (end > start && isSpace(s.charCodeAt(end - 1)))
        end--;
    return s.slice(start, end);
}
function normalDigits(d) {
    let i = 0;
    while (i < d.length - 1 && d.charCodeAt(i) === 48)
        i++;
    return i === 0 ? d : d.slice(i);
}
/** `@version.scan(/[0-9]+|[a-z]+/i)`, numbers as digit strings. */
function scan(text) {
    const out = [];
    let i = 0;
    while (i < text.length) {
        const c = text.charCodeAt(i);
        const start = i;
        if (isDigit(c)) {
            while (i < text.length && isDigit(text.charCodeAt(i)))
                i++;
            out.push({ n: normalDigits(text.slice(start, i)) });
        }
        else if (isAlpha(c)) {
            while (i < text.length && isAlpha(text.charCodeAt(i)))
                i++;
            out.push({ s: text.slice(start, i) });
        }
        else {
            i++;
        }
    }
    return out;
}
const isZero = (s) => 'n' in s && s.n === '0';
function dropTrailingZeros(list) {
    let end = list.length;
    while (end > 0 && isZero(list[end - 1]))
        end--;
    return list.slice(0, end);
}
function fromSegments(segments) {
    return version_build(segments.map((s) => ('n' in s ? s.n : s.s)).join('.'));
}
function version_build(text) {
    const segments = scan(text);
    const firstString = segments.findIndex((s) => 's' in s);
    const split = firstString < 0 ? segments.length : firstString;
    const canonical = [...dropTrailingZeros(segments.slice(0, split)), ...dropTrailingZeros(segments.slice(split))];
    let prerelease = false;
    for (let i = 0; i < text.length && !prerelease; i++)
        prerelease = isAlpha(text.charCodeAt(i));
    return { text, canonical, segments, prerelease };
}
function parseGemVersion(input) {
    const stripped = stripRuby(input);
    // An empty (or blank) version is "0" (Gem::Version#initialize).
    if (stripped === '')
        return result_ok(version_build('0'));
    if (!isGemVersionCore(stripped))
        return result_err(`invalid RubyGems version "${input}"`);
    return result_ok(version_build(stripped.replaceAll('-', '.pre.')));
}
const version_ZERO = { n: '0' };
function compareSegment(a, b) {
    if ('n' in a) {
        if (!('n' in b))
            return 1;
        if (a.n.length !== b.n.length)
            return a.n.length < b.n.length ? -1 : 1;
        return a.n < b.n ? -1 : a.n > b.n ? 1 : 0;
    }
    if ('n' in b)
        return -1;
    // Ruby String#<=> compares bytes; these are ASCII letters, so code units agree.
    return a.s < b.s ? -1 : a.s > b.s ? 1 : 0;
}
/** Gem::Version#<=>. */
function compareGem(a, b) {
    if (a.text === b.text)
        return 0;
    const x = a.canonical;
    const y = b.canonical;
    const limit = Math.max(x.length, y.length);
    for (let i = 0; i < limit; i++) {
        const c = compareSegment(x[i] ?? version_ZERO, y[i] ?? version_ZERO);
        if (c !== 0)
            return c < 0 ? -1 : 1;
    }
    return 0;
}
// `segments.pop while segments.any? {|s| String === s }` keeps exactly the part before the first string.
function numericPrefix(segments) {
    const firstString = segments.findIndex((s) => 's' in s);
    return segments.slice(0, firstString < 0 ? segments.length : firstString);
}
/** Gem::Version#release: a pre-release without its string segments and everything after the last of them. */
function releaseOf(v) {
    if (!v.prerelease)
        return v;
    return fromSegments(numericPrefix(v.segments));
}
/** Gem::Version#bump: drop string segments and the last number, then add one to the new last number. */
function bumpOf(v) {
    const segments = numericPrefix(v.segments);
    if (segments.length > 1)
        segments.pop();
    const last = segments[segments.length - 1];
    if (last && 'n' in last)
        segments[segments.length - 1] = { n: (BigInt(last.n) + 1n).toString() };
    return fromSegments(segments);
}

;// CONCATENATED MODULE: ./build/ecosystems/gem/requirement.js


// Longest first: Gem::Requirement::PATTERN backtracks to the operator that leaves a version behind.
const OPERATORS = ['~>', '>=', '<=', '!=', '=', '>', '<'];
/** Gem::Requirement.parse: `\A\s*(op)?\s*(VERSION_PATTERN)\s*\z`, no operator meaning `=`. */
function parseRequirement(text) {
    const stripped = stripRuby(text);
    const operator = OPERATORS.find((op) => stripped.startsWith(op)) ?? '=';
    const rest = stripRuby(stripped.startsWith(operator) ? stripped.slice(operator.length) : stripped);
    if (!isGemVersionCore(rest))
        return result_err(`invalid RubyGems requirement "${text}"`);
    const parsed = parseGemVersion(rest);
    if (!parsed.ok)
        return parsed;
    const r = parsed.value;
    switch (operator) {
        case '=':
            return result_ok((v) => compareGem(v, r) === 0);
        case '!=':
            return result_ok((v) => compareGem(v, r) !== 0);
        case '>':
            return result_ok((v) => compareGem(v, r) > 0);
        case '<':
            return result_ok((v) => compareGem(v, r) < 0);
        case '>=':
            return result_ok((v) => compareGem(v, r) >= 0);
        case '<=':
            return result_ok((v) => compareGem(v, r) <= 0);
        case '~>': {
            const bump = bumpOf(r);
            return result_ok((v) => compareGem(v, r) >= 0 && compareGem(releaseOf(v), bump) < 0);
        }
    }
}
/** Gem::Requirement.new(*list): every requirement must hold; no requirement at all means `>= 0`. */
function parseRequirementList(parts) {
    const tests = [];
    for (const part of parts) {
        const parsed = parseRequirement(part);
        if (!parsed.ok)
            return parsed;
        tests.push(parsed.value);
    }
    return result_ok((v) => tests.every((t) => t(v)));
}

;// CONCATENATED MODULE: ./build/ecosystems/gem/index.js




// One constraint inside an advisory alternative: an optional operator, then a version (no spaces inside).
const CONSTRAINT = /\s*(~>|>=|<=|!=|=|>|<)?\s*([^\s,<>=!~|]+)\s*/y;
/** The constraints of one advisory alternative, joined by commas and/or spaces (`>= 1.0, < 1.2` or `>=1.0 <1.2`). */
function splitConstraints(text) {
    const out = [];
    for (const piece of text.split(',')) {
        CONSTRAINT.lastIndex = 0;
        let count = 0;
        while (CONSTRAINT.lastIndex < piece.length) {
            const m = CONSTRAINT.exec(piece);
            if (!m)
                return undefined;
            out.push(`${m[1] ?? '='} ${m[2]}`);
            count++;
        }
        if (count === 0)
            return undefined;
    }
    return out;
}
function gem_parseRange(text, syntax) {
    if (syntax === 'native') {
        // `Gem::Requirement.new(*text.split(",", -1))`: a Gemfile/gemspec list of requirements.
        const parts = text === '' ? [] : text.split(',');
        const list = parseRequirementList(parts);
        return list.ok ? result_ok({ text, contains: list.value }) : list;
    }
    // PMDB affected_range (DESIGN.md 8.1): `||` between alternatives.
    const alternatives = [];
    for (const part of text.split('||')) {
        const constraints = splitConstraints(part);
        const list = constraints ? parseRequirementList(constraints) : undefined;
        if (!list?.ok) {
            const why = list && !list.ok ? `: ${list.error}` : '';
            return result_err(`invalid gem affected_range "${text}"${why || ': an empty or malformed alternative'}`);
        }
        alternatives.push(list.value);
    }
    return result_ok({ text, contains: (v) => alternatives.some((t) => t(v)) });
}
const gem = {
    type: 'gem',
    aliases: ['rubygem'],
    // As-is: gem names are case-sensitive (rubygems.org serves distinct gems whose names differ only in case, and
    // Bundler matches names byte for byte), so folding case would merge different packages.
    canonicalName: (namespace, name) => (namespace ? `${namespace}/${name}` : name),
    versioning: { parse: parseGemVersion, compare: compareGem, parseRange: gem_parseRange },
    // packageurl-js keeps gem names as written (the purl spec's rule for the type).
    plainPurl: { segment: CASED_SEGMENT, namespace: 'none' },
};

;// CONCATENATED MODULE: ./build/ecosystems/shared/advisory-syntax.js

/** Longer range strings are refused: bounds the work per advisory line. */
const MAX_RANGE_LENGTH = 4096;
const OPS = ['<=', '>=', '<', '>', '='];
function splitOperator(token) {
    if (token.startsWith('=='))
        return { op: '=', rest: token.slice(2) };
    for (const op of OPS)
        if (token.startsWith(op))
            return { op, rest: token.slice(op.length) };
    return { op: '=', rest: token };
}
/**
 * The `affected_range` syntax of DESIGN.md 8.1 for npm, cargo, conan, go (and the other semver-like types):
 * `||` between alternatives, space or `&&` between constraints, an operator may be followed by spaces
 * (`<  2.0.5` occurs in real advisories), and a bare version means `=x`. Versions stay text: each ecosystem
 * parses them its own way.
 */
function splitAdvisoryRange(text) {
    if (text.length > MAX_RANGE_LENGTH)
        return result_err(`range is longer than ${MAX_RANGE_LENGTH} characters`);
    const alternatives = [];
    for (const alternative of text.split('||')) {
        const tokens = alternative.replaceAll('&&', ' ').split(/\s+/).filter((t) => t.length > 0);
        const comparators = [];
        for (let i = 0; i < tokens.length; i++) {
            const { op, rest } = splitOperator(tokens[i]);
            let version = rest;
            if (version === '') {
                // "<  2.0.5": the operator stands alone and the next token is its version.
                const next = tokens[i + 1];
                if (next === undefined || splitOperator(next).rest !== next)
                    return result_err(`"${text}": operator "${tokens[i]}" has no version`);
                version = next;
                i++;
            }
            comparators.push({ op, version });
        }
        if (comparators.length === 0)
            return result_err(`"${text}": empty alternative (nothing between "||")`);
        alternatives.push(comparators);
    }
    return result_ok(alternatives);
}
/** Parses every version of split comparators with the ecosystem's parser; the first failure names the range. */
function parseComparators(text, alternatives, parse) {
    const parsed = [];
    for (const alternative of alternatives) {
        const row = [];
        for (const { op, version } of alternative) {
            const v = parse(version);
            if (!v.ok)
                return result_err(`range "${text}": ${v.error}`);
            row.push({ op, version: v.value });
        }
        parsed.push(row);
    }
    return result_ok(parsed);
}
function comparatorHolds(c, version, compare) {
    const order = compare(version, c.version);
    switch (c.op) {
        case '<':
            return order < 0;
        case '<=':
            return order <= 0;
        case '>':
            return order > 0;
        case '>=':
            return order >= 0;
        case '=':
            return order === 0;
    }
}
/** A union of intersections evaluated with nothing but the ecosystem's total order (Go, Swift, OS packages). */
function orderRange(text, alternatives, compare) {
    return {
        text,
        contains: (version) => alternatives.some((all) => all.every((c) => comparatorHolds(c, version, compare))),
    };
}
/** split + parse + orderRange: the whole advisory syntax for an ecosystem whose ranges are plain order. */
function parseOrderAdvisoryRange(text, parse, compare) {
    const split = splitAdvisoryRange(text);
    if (!split.ok)
        return split;
    const parsed = parseComparators(text, split.value, parse);
    if (!parsed.ok)
        return parsed;
    return result_ok(orderRange(text, parsed.value, compare));
}

;// CONCATENATED MODULE: ./build/ecosystems/shared/semver2.js


const semver2_isDigits = (s) => s.length > 0 && /^[0-9]+$/.test(s);
const isIdentifier = (s) => s.length > 0 && /^[0-9A-Za-z-]+$/.test(s);
/** Numeric identifiers of any size, compared without converting (a 30-digit pre-release number is valid). */
function compareNumericText(a, b) {
    if (a.length !== b.length)
        return a.length < b.length ? -1 : 1;
    return compareStrings(a, b);
}
function parseSemVer2(text) {
    const plus = text.indexOf('+');
    const beforeBuild = plus < 0 ? text : text.slice(0, plus);
    const dash = beforeBuild.indexOf('-');
    const core = dash < 0 ? beforeBuild : beforeBuild.slice(0, dash);
    const parts = core.split('.');
    if (parts.length !== 3)
        return result_err(`"${text}" is not MAJOR.MINOR.PATCH`);
    for (const part of parts) {
        if (!semver2_isDigits(part))
            return result_err(`"${text}": "${part}" is not a number`);
        if (part.length > 1 && part.startsWith('0'))
            return result_err(`"${text}": "${part}" has a leading zero`);
    }
    const pre = dash < 0 ? [] : beforeBuild.slice(dash + 1).split('.');
    for (const id of pre) {
        if (!isIdentifier(id))
            return result_err(`"${text}": pre-release identifier "${id}" is empty or has a character other than [0-9A-Za-z-]`);
        if (semver2_isDigits(id) && id.length > 1 && id.startsWith('0'))
            return result_err(`"${text}": pre-release number "${id}" has a leading zero`);
    }
    const build = plus < 0 ? [] : text.slice(plus + 1).split('.');
    for (const id of build) {
        if (!isIdentifier(id))
            return result_err(`"${text}": build identifier "${id}" is empty or has a character other than [0-9A-Za-z-]`);
    }
    const [major, minor, patch] = parts;
    return result_ok({ major, minor, patch, pre, build });
}
/** Spec item 11: numeric identifiers numerically, numeric before alphanumeric, ASCII order, longer set wins a tie. */
function comparePrerelease(a, b) {
    if (a.length === 0 || b.length === 0)
        return a.length === b.length ? 0 : a.length === 0 ? 1 : -1;
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
        const x = a[i];
        const y = b[i];
        if (x === y)
            continue;
        const xn = semver2_isDigits(x);
        const yn = semver2_isDigits(y);
        if (xn && yn)
            return compareNumericText(x, y);
        if (xn !== yn)
            return xn ? -1 : 1;
        return compareStrings(x, y);
    }
    return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}
function compareSemVer2(a, b) {
    return (compareNumericText(a.major, b.major) ||
        compareNumericText(a.minor, b.minor) ||
        compareNumericText(a.patch, b.patch) ||
        comparePrerelease(a.pre, b.pre));
}

;// CONCATENATED MODULE: ./build/ecosystems/golang/index.js



const isIdentChar = (c) => /^[0-9A-Za-z-]$/.test(c);
const golang_isDigits = (s) => /^[0-9]+$/.test(s);
/** x/mod/semver parseInt: digits, no leading zero. Returns the digits' end index or -1. */
function intEnd(v, start) {
    let i = start;
    while (i < v.length && v[i] >= '0' && v[i] <= '9')
        i++;
    if (i === start || (v[start] === '0' && i - start > 1))
        return -1;
    return i;
}
function identifiers(text, numericLeadingZeroBad) {
    const ids = text.split('.');
    for (const id of ids) {
        if (id === '' || ![...id].every(isIdentChar))
            return null;
        if (numericLeadingZeroBad && golang_isDigits(id) && id.length > 1 && id.startsWith('0'))
            return null;
    }
    return ids;
}
/**
 * Without its leading `v` (`1.2.3`, `0.0.0-2025...-c91a1f404695`, as OSV Go records and several SBOM generators
 * write it) a version is read as the same version with one: golang.org/x/vuln adds the `v` the same way before it
 * compares OSV versions with x/mod/semver. The text itself is kept as written; only the comparison sees the `v`.
 */
function parseGoVersion(written) {
    const bad = result_err(`"${written}" is not a valid Go module version (golang.org/x/mod/semver: vMAJOR[.MINOR[.PATCH[-PRE][+BUILD]]])`);
    const text = written.startsWith('v') ? written : `v${written}`;
    const majorEnd = intEnd(text, 1);
    if (majorEnd < 0)
        return bad;
    const major = text.slice(1, majorEnd);
    if (majorEnd === text.length)
        return result_ok({ major, minor: '0', patch: '0', pre: [], build: '' });
    if (text[majorEnd] !== '.')
        return bad;
    const minorEnd = intEnd(text, majorEnd + 1);
    if (minorEnd < 0)
        return bad;
    const minor = text.slice(majorEnd + 1, minorEnd);
    if (minorEnd === text.length)
        return result_ok({ major, minor, patch: '0', pre: [], build: '' });
    if (text[minorEnd] !== '.')
        return bad;
    const patchEnd = intEnd(text, minorEnd + 1);
    if (patchEnd < 0)
        return bad;
    const patch = text.slice(minorEnd + 1, patchEnd);
    let rest = text.slice(patchEnd);
    let pre = [];
    if (rest.startsWith('-')) {
        const plus = rest.indexOf('+');
        const preText = plus < 0 ? rest.slice(1) : rest.slice(1, plus);
        const ids = identifiers(preText, true);
        if (!ids)
            return bad;
        pre = ids;
        rest = plus < 0 ? '' : rest.slice(plus);
    }
    let build = '';
    if (rest.startsWith('+')) {
        if (!identifiers(rest.slice(1), false))
            return bad;
        build = rest.slice(1);
        rest = '';
    }
    if (rest !== '')
        return bad;
    return result_ok({ major, minor, patch, pre, build });
}
const golang_versioning = {
    parse: parseGoVersion,
    compare: compareSemVer2,
    // Go has no range syntax of its own (go.mod names exact versions; MVS picks the maximum), so the native syntax
    // is the advisory one: `||` between alternatives, space or `&&` between constraints.
    parseRange: (text) => parseOrderAdvisoryRange(text, parseGoVersion, compareSemVer2),
};
const golang = {
    type: 'golang',
    aliases: ['go'],
    // Module paths are case-sensitive (github.com/Sirupsen/logrus and github.com/sirupsen/logrus are different
    // modules; the proxy escapes capitals as !s), so the path is kept exactly: namespace/name joined by `/`.
    canonicalName: (namespace, name) => (namespace ? `${namespace}/${name}` : name),
    // A module path's last segment is the name, everything before it the namespace (the purl spec's golang rule).
    splitName: (fullName) => {
        const slash = fullName.lastIndexOf('/');
        return slash > 0 ? [fullName.slice(0, slash), fullName.slice(slash + 1)] : [null, fullName];
    },
    versioning: golang_versioning,
};

;// CONCATENATED MODULE: ./build/ecosystems/nuget/version.js

// Char.IsWhiteSpace: Unicode White_Space, without U+FEFF (which JS's trim() removes).
const isDotnetSpace = (c) => c === 32 || (c >= 9 && c <= 13) || c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
function dotnetTrim(s) {
    let start = 0;
    let end = s.length;
    while (start < end && isDotnetSpace(s.charCodeAt(start)))
        start++;
    while (end > start && isDotnetSpace(s.charCodeAt(end - 1)))
        end--;
    return s.slice(start, end);
}
const isNullOrWhiteSpace = (s) => s === null || dotnetTrim(s) === '';
const INT32_MAX = 2147483647;
/** int.TryParse(s, NumberStyles.Integer, InvariantCulture): blanks around, an optional sign, ASCII digits. */
function parseInt32(s) {
    const m = /^[\t\n\v\f\r ]*([+-]?)([0-9]+)[\t\n\v\f\r ]*$/.exec(s);
    if (!m)
        return null;
    const digits = m[2].replace(/^0+(?=.)/, '');
    if (digits.length > 10)
        return null;
    const value = Number(digits) * (m[1] === '-' ? -1 : 1);
    return value > INT32_MAX || value < -INT32_MAX - 1 ? null : value === 0 ? 0 : value;
}
/** System.Version.TryParse: two to four dot-separated non-negative Int32 parts. */
function parseSystemVersion(s) {
    const pieces = s.split('.');
    if (pieces.length < 2 || pieces.length > 4)
        return null;
    const out = [];
    for (const piece of pieces) {
        const n = parseInt32(piece);
        if (n === null || n < 0)
            return null;
        out.push(n);
    }
    // NormalizeVersionValue: a missing build or revision is 0.
    return [out[0] ?? 0, out[1] ?? 0, out[2] ?? 0, out[3] ?? 0];
}
const isLetterOrDigitOrDash = (c) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45;
/** SemanticVersion.IsValidPart. */
function isValidPart(s, allowLeadingZeros) {
    if (s.length === 0)
        return false;
    if (!allowLeadingZeros && s.length > 1 && s.charCodeAt(0) === 48 && /^[0-9]+$/.test(s))
        return false;
    for (let i = 0; i < s.length; i++)
        if (!isLetterOrDigitOrDash(s.charCodeAt(i)))
            return false;
    return true;
}
/** SemanticVersion.ParseSections, including its quirk that a final `-` or `+` stays in the version part. */
function parseSections(value) {
    const out = { version: null, labels: null, metadata: null };
    let dashPos = -1;
    let plusPos = -1;
    for (let i = 0; i < value.length; i++) {
        const end = i === value.length - 1;
        const c = value.charAt(i);
        if (dashPos < 0) {
            if (end || c === '-' || c === '+') {
                out.version = value.slice(0, i + (end ? 1 : 0));
                dashPos = i;
                if (c === '+')
                    plusPos = i;
            }
        }
        else if (plusPos < 0) {
            if (end || c === '+') {
                out.labels = value.slice(dashPos + 1, i + (end ? 1 : 0)).split('.');
                plusPos = i;
            }
        }
        else if (end) {
            out.metadata = value.slice(plusPos + 1, i + 1);
        }
    }
    return out;
}
function parseNuGetVersion(value) {
    const fail = result_err(`invalid NuGet version "${value}"`);
    const text = dotnetTrim(value);
    const sections = parseSections(text);
    if (!sections.version)
        return fail;
    const parts = parseSystemVersion(sections.version.includes('.') ? sections.version : `${sections.version}.0`);
    if (!parts)
        return fail;
    if (sections.labels && !sections.labels.every((l) => isValidPart(l, false)))
        return fail;
    if (sections.metadata !== null && !sections.metadata.split('.').every((p) => isValidPart(p, true)))
        return fail;
    return result_ok(nuget_version_build(parts, sections.labels, sections.metadata, text));
}
function nuget_version_build(parts, labels, metadata, text) {
    // IsPrerelease: the first label is non-empty.
    const prerelease = labels !== null && labels.length > 0 && labels[0] !== '';
    return {
        parts,
        labels: prerelease ? labels.map((l) => l.toUpperCase()) : null,
        numeric: prerelease ? labels.map(parseInt32) : [],
        metadata,
        text,
    };
}
const version_isPrerelease = (v) => v.labels !== null;
/** VersionComparer.Default (equal to VersionRelease: metadata never counts). */
function compareNuGet(a, b) {
    for (let i = 0; i < 4; i++) {
        const x = a.parts[i];
        const y = b.parts[i];
        if (x !== y)
            return x < y ? -1 : 1;
    }
    if (a.labels === null || b.labels === null)
        return a.labels === b.labels ? 0 : a.labels === null ? 1 : -1;
    const n = Math.max(a.labels.length, b.labels.length);
    for (let i = 0; i < n; i++) {
        if (i >= a.labels.length)
            return -1;
        if (i >= b.labels.length)
            return 1;
        const x = a.numeric[i] ?? null;
        const y = b.numeric[i] ?? null;
        let c;
        if (x !== null && y !== null)
            c = x - y;
        else if (x !== null || y !== null)
            c = x !== null ? -1 : 1; // numeric labels come before alphanumeric ones
        else {
            const s = a.labels[i];
            const t = b.labels[i];
            c = s < t ? -1 : s > t ? 1 : 0;
        }
        if (c !== 0)
            return c < 0 ? -1 : 1;
    }
    return 0;
}

;// CONCATENATED MODULE: ./build/ecosystems/nuget/range.js


const range_ZERO = nuget_version_build([0, 0, 0, 0], null, null, '0.0.0');
function tryVersion(s) {
    if (s === null)
        return null;
    const r = parseNuGetVersion(s);
    return r.ok ? r.value : null;
}
const count = (s, c) => s.split(c).length - 1;
/** FloatRange.TryParse, reduced to what a range needs: its lower bound (null when the float is invalid). */
function floatMin(s) {
    if (isNullOrWhiteSpace(s))
        return null;
    const firstStar = s.indexOf('*');
    const lastStar = s.lastIndexOf('*');
    if (s.length === 1 && firstStar === 0)
        return range_ZERO;
    if (s === '*-*')
        return tryVersion('0.0.0-0');
    if (firstStar !== lastStar && lastStar !== -1 && !s.includes('+')) {
        // Two stars only as `<stable>*-<prefix>*`.
        const dash = s.indexOf('-');
        if (dash === -1 || lastStar !== s.length - 1 || firstStar !== dash - 1)
            return null;
        const stable = `${s.slice(0, dash - 1)}0`;
        const prefix = s.slice(dash + 1, -1);
        return tryVersion(`${stable}-${prefix === '' || prefix.endsWith('.') ? `${prefix}0` : prefix}`);
    }
    if (lastStar === s.length - 1 && !s.includes('+')) {
        let actual = s.slice(0, -1);
        if (!s.includes('-')) {
            actual += '0';
        }
        else if (count(s, '-') === 1) {
            const prefix = actual.slice(s.lastIndexOf('-') + 1);
            if (prefix === '' || actual.endsWith('.'))
                actual += '0';
            else if (actual.endsWith('-'))
                actual += '-';
        }
        return tryVersion(actual);
    }
    return tryVersion(s);
}
function parseInterval(value, allowFloating) {
    const fail = result_err(`invalid NuGet version range "${value}"`);
    let trimmed = dotnetTrim(value);
    if (trimmed === '')
        return fail;
    if (allowFloating && trimmed === '*')
        return result_ok({ min: range_ZERO, minInclusive: true, max: null, maxInclusive: false });
    let minString;
    let maxString = null;
    let minInclusive;
    let maxInclusive = false;
    const first = trimmed.charAt(0);
    if (first === '(' || first === '[') {
        minInclusive = first === '[';
        const last = trimmed.charAt(trimmed.length - 1);
        if (last !== ']' && last !== ')')
            return fail;
        maxInclusive = last === ']';
        trimmed = trimmed.slice(1, trimmed.length - 1);
        const parts = trimmed.split(',');
        if (parts.length > 2 || parts.every((p) => p === ''))
            return fail;
        // (1.0.0] and [1.0.0) are invalid.
        if (parts.length === 1 && !(minInclusive && maxInclusive))
            return fail;
        minString = parts[0];
        maxString = parts.length === 2 ? parts[1] : minString;
    }
    else {
        minInclusive = true;
        minString = trimmed;
    }
    let min = null;
    let max = null;
    if (!isNullOrWhiteSpace(minString)) {
        min = allowFloating && minString.includes('*') ? floatMin(minString) : tryVersion(minString);
        if (!min)
            return fail;
    }
    if (!isNullOrWhiteSpace(maxString)) {
        max = tryVersion(maxString);
        if (!max)
            return fail;
    }
    if (min && max) {
        const c = compareNuGet(min, max);
        if (c > 0 || (c === 0 && minInclusive !== maxInclusive))
            return fail;
    }
    return result_ok({ min, minInclusive: min !== null && minInclusive, max, maxInclusive: max !== null && maxInclusive });
}
/** VersionRangeBase.Satisfies with VersionComparer.VersionRelease. */
function satisfies(range, v) {
    if (range.min) {
        const c = compareNuGet(range.min, v);
        if (range.minInclusive ? c > 0 : c >= 0)
            return false;
    }
    if (range.max) {
        const c = compareNuGet(range.max, v);
        if (range.maxInclusive ? c < 0 : c <= 0)
            return false;
    }
    return true;
}

;// CONCATENATED MODULE: ./build/ecosystems/nuget/index.js




/**
 * PMDB affected_range (DESIGN.md 8.1): bracket intervals joined by commas into a union
 * (`[2.0,2.3.1],[2.4.0,2.12.2)`); a bare version means exactly that version (not NuGet's own `>=`).
 * Advisory bounds never float.
 */
function parseAdvisory(text) {
    const intervals = [];
    let i = 0;
    while (i < text.length) {
        while (i < text.length && dotnetTrim(text.charAt(i)) === '')
            i++;
        const open = text.charAt(i);
        let end;
        let piece;
        if (open === '[' || open === '(') {
            const close = Math.min(...[text.indexOf(']', i), text.indexOf(')', i)].filter((x) => x >= 0));
            if (!Number.isFinite(close))
                return result_err(`invalid nuget affected_range "${text}": an interval is not closed`);
            end = close + 1;
            piece = text.slice(i, end);
        }
        else {
            const comma = text.indexOf(',', i);
            end = comma < 0 ? text.length : comma;
            piece = `[${text.slice(i, end)}]`;
        }
        const interval = parseInterval(piece, false);
        if (!interval.ok)
            return result_err(`invalid nuget affected_range "${text}": ${interval.error}`);
        intervals.push(interval.value);
        i = end;
        while (i < text.length && dotnetTrim(text.charAt(i)) === '')
            i++;
        if (i < text.length) {
            if (text.charAt(i) !== ',')
                return result_err(`invalid nuget affected_range "${text}": expected "," at ${i + 1}`);
            i++;
            if (dotnetTrim(text.slice(i)) === '')
                return result_err(`invalid nuget affected_range "${text}": ends with ","`);
        }
    }
    if (intervals.length === 0)
        return result_err(`invalid nuget affected_range "${text}": empty`);
    return result_ok(intervals);
}
function nuget_parseRange(text, syntax) {
    if (syntax === 'native') {
        const interval = parseInterval(text, true);
        if (!interval.ok)
            return interval;
        const range = interval.value;
        return result_ok({ text, contains: (v) => satisfies(range, v) });
    }
    const union = parseAdvisory(text);
    if (!union.ok)
        return union;
    const intervals = union.value;
    return result_ok({ text, contains: (v) => intervals.some((r) => satisfies(r, v)) });
}
const nuget = {
    type: 'nuget',
    aliases: [],
    // Package ids are case-insensitive on nuget.org and in NuGet's own resolver.
    canonicalName: (namespace, name) => (namespace ? `${namespace}/${name}` : name).toLowerCase(),
    versioning: { parse: parseNuGetVersion, compare: compareNuGet, parseRange: nuget_parseRange },
    // packageurl-js keeps NuGet names as written (canonicalName lower-cases them for the index) (the purl spec's rule for the type).
    plainPurl: { segment: CASED_SEGMENT, namespace: 'none' },
};

;// CONCATENATED MODULE: ./build/ecosystems/composer/normalize.js

/**
 * composer/semver 3.3 VersionParser::normalize, normalizeBranch and parseStability, ported regex by regex.
 * PCRE differences are spelled out instead of left to JS defaults: `\s` is ASCII only, `.` stops only at `\n`,
 * `$` also matches before a final `\n`, and PHP's trim() strips " \t\n\r\0\x0B" (not \f). The possessive
 * quantifiers of the originals never change what matches here (what follows them cannot start with what they
 * would give back), so plain quantifiers are used.
 */
/** PCRE's `\s` without the u flag, for use inside a character class. */
const SPACE = ' \\t\\n\\x0B\\f\\r';
const normalize_S = `[${SPACE}]`;
const END = '\\n?$';
/** VersionParser::$modifierRegex: groups stability, its numbers, dev. */
const MODIFIER = '[._-]?(?:(stable|beta|b|RC|alpha|a|patch|pl|p)((?:[.-]?\\d+)*)?)?([.-]?dev)?';
function phpTrim(s) {
    const strip = (c) => c === 32 || c === 9 || c === 10 || c === 13 || c === 0 || c === 11;
    let start = 0;
    let end = s.length;
    while (start < end && strip(s.charCodeAt(start)))
        start++;
    while (end > start && strip(s.charCodeAt(end - 1)))
        end--;
    return s.slice(start, end);
}
const AS_ALIAS = new RegExp(`^([^,${SPACE}]+) +as +([^,${SPACE}]+)${END}`);
const STABILITY_FLAG = new RegExp(`@(?:stable|RC|beta|alpha|dev)${END}`, 'i');
const BUILD = new RegExp(`^([^,${SPACE}+]+)\\+[^${SPACE}]+${END}`);
const CLASSIC = new RegExp(`^v?(\\d{1,5})(\\.\\d+)?(\\.\\d+)?(\\.\\d+)?${MODIFIER}${END}`, 'i');
const DATE = new RegExp(`^v?(\\d{4}(?:[.:-]?\\d{2}){1,6}(?:[.:-]?\\d{1,3})?)${MODIFIER}${END}`, 'i');
const BRANCH = new RegExp(`^v?(\\d+)(\\.(?:\\d+|[xX*]))?(\\.(?:\\d+|[xX*]))?(\\.(?:\\d+|[xX*]))?${END}`, 'i');
function expandStability(stability) {
    const s = stability.toLowerCase();
    return { a: 'alpha', b: 'beta', p: 'patch', pl: 'patch', rc: 'RC' }[s] ?? s;
}
/** VersionParser::normalize; an error where it throws UnexpectedValueException. */
function normalize_normalize(input) {
    let version = phpTrim(input);
    const alias = AS_ALIAS.exec(version);
    if (alias)
        version = alias[1];
    const flag = STABILITY_FLAG.exec(version);
    if (flag)
        version = version.slice(0, version.length - flag[0].length);
    if (version === 'master' || version === 'trunk' || version === 'default')
        version = `dev-${version}`;
    if (version.slice(0, 4).toLowerCase() === 'dev-')
        return result_ok(`dev-${version.slice(4)}`);
    const build = BUILD.exec(version);
    if (build)
        version = build[1];
    let m = CLASSIC.exec(version);
    let index = 5;
    if (m) {
        version = m[1] + (m[2] || '.0') + (m[3] || '.0') + (m[4] || '.0');
    }
    else {
        m = DATE.exec(version);
        index = 2;
        if (m)
            version = m[1].replace(/\D/g, '.');
    }
    if (m) {
        const stability = m[index];
        if (stability) {
            if (stability === 'stable')
                return result_ok(version);
            const numbers = m[index + 1];
            version += `-${expandStability(stability)}${numbers ? numbers.replace(/^[.-]+/, '') : ''}`;
        }
        if (m[index + 2])
            version += '-dev';
        return result_ok(version);
    }
    const devHead = beforeDevSuffix(version);
    if (devHead !== null) {
        const branch = normalizeBranch(devHead);
        if (!branch.includes('dev-'))
            return result_ok(branch);
    }
    return result_err(`invalid Composer version "${input}"`);
}
/**
 * Group 1 of `{(.*?)[.-]?dev$}i` without the regex, whose unanchored lazy search is quadratic on long input: `.`
 * cannot cross a newline, so the match starts on the last line; the lazy group leaves one `.`/`-` to `[.-]?`.
 */
function beforeDevSuffix(version) {
    const line = version.slice(version.lastIndexOf('\n') + 1);
    if (line.slice(-3).toLowerCase() !== 'dev')
        return null;
    const head = line.slice(0, -3);
    return head.endsWith('.') || head.endsWith('-') ? head.slice(0, -1) : head;
}
/** VersionParser::normalizeBranch: `1.2.x` style names become `1.2.9999999.9999999-dev`, others `dev-name`. */
function normalizeBranch(input) {
    const name = phpTrim(input);
    const m = BRANCH.exec(name);
    if (m) {
        let version = '';
        for (let i = 1; i < 5; i++)
            version += m[i] !== undefined ? m[i].replace(/[*X]/g, 'x') : '.x';
        return `${version.replaceAll('x', '9999999')}-dev`;
    }
    return `dev-${name}`;
}
/** VersionParser::normalizeDefaultBranch. */
const normalizeDefaultBranch = (name) => name === 'dev-master' || name === 'dev-default' || name === 'dev-trunk' ? '9999999-dev' : name;
const HASH_SUFFIX = new RegExp(`#[^\\n]+(?=${END})`);
const STABILITY_OF = new RegExp(`${MODIFIER}(?:\\+[^\\n]*)?${END}`, 'i');
/** VersionParser::parseStability. */
function parseStability(input) {
    const version = input.replace(HASH_SUFFIX, '');
    if (version.startsWith('dev-') || version.endsWith('-dev'))
        return 'dev';
    const m = STABILITY_OF.exec(version.toLowerCase());
    if (m?.[3])
        return 'dev';
    const stability = m?.[1];
    if (stability === 'beta' || stability === 'b')
        return 'beta';
    if (stability === 'alpha' || stability === 'a')
        return 'alpha';
    if (stability === 'rc')
        return 'RC';
    return 'stable';
}

;// CONCATENATED MODULE: ./build/ecosystems/composer/version-compare.js

/**
 * PHP's version_compare() (ext/standard/versioning.c, PHP 8.2), which Composer's constraints call on normalised
 * versions. Ported function by function so that every quirk is kept: special forms match by prefix
 * ("dev" < "alpha"/"a" < "beta"/"b" < "RC"/"rc" < number < "pl"/"p", anything else below "dev"), and numbers
 * are read with strtol, so they saturate at 2^63-1.
 */
const version_compare_isDigit = (c) => c >= 48 && c <= 57;
const version_compare_isAlnum = (c) => version_compare_isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
// -1 stands for the string's end (C's NUL): neither a digit nor a "non-digit" in these macros.
const isdig = (c) => c >= 0 && version_compare_isDigit(c) && c !== 46;
const isndig = (c) => c >= 0 && !version_compare_isDigit(c) && c !== 46;
/** php_canonicalize_version: `-_+` and other non-alphanumerics become `.`, digit/letter boundaries get one. */
function version_compare_canonicalize(version) {
    if (version === '')
        return '';
    let out = version.charAt(0);
    let lp = version.charCodeAt(0);
    for (let i = 1; i < version.length; i++) {
        const p = version.charCodeAt(i);
        const lastIsDot = out.charCodeAt(out.length - 1) === 46;
        if (p === 45 || p === 95 || p === 43) {
            if (!lastIsDot)
                out += '.';
        }
        else if ((isndig(lp) && isdig(p)) || (isdig(lp) && isndig(p))) {
            if (!lastIsDot)
                out += '.';
            out += version.charAt(i);
        }
        else if (!version_compare_isAlnum(p)) {
            if (!lastIsDot)
                out += '.';
        }
        else {
            out += version.charAt(i);
        }
        lp = p;
    }
    return out;
}
const SPECIAL_FORMS = [
    ['dev', 0], ['alpha', 1], ['a', 1], ['beta', 2], ['b', 2], ['RC', 3], ['rc', 3], ['#', 4], ['pl', 5], ['p', 5],
];
function specialOrder(form) {
    for (const [name, order] of SPECIAL_FORMS)
        if (form.startsWith(name))
            return order;
    return -1;
}
const version_compare_sign = (n) => (n < 0 ? -1 : n > 0 ? 1 : 0);
const LONG_MAX = '9223372036854775807';
/** strtol of an element: its leading digits, saturated at LONG_MAX, as a digit string without leading zeros. */
function strtol(element) {
    let end = 0;
    while (end < element.length && version_compare_isDigit(element.charCodeAt(end)))
        end++;
    let start = 0;
    while (start < end - 1 && element.charCodeAt(start) === 48)
        start++;
    const digits = element.slice(start, end);
    if (digits.length > 19 || (digits.length === 19 && digits > LONG_MAX))
        return LONG_MAX;
    return digits;
}
function version_compare_compareNumbers(a, b) {
    if (a.length !== b.length)
        return a.length < b.length ? -1 : 1;
    return compareStrings(a, b);
}
const firstIsDigit = (s, at) => at < s.length && version_compare_isDigit(s.charCodeAt(at));
/** php_version_compare on two already prepared strings (see `prepare`), with the original emptiness. */
function compareVersions(v1, v2) {
    if (v1 === '' || v2 === '')
        return v1 === v2 ? 0 : v1 !== '' ? 1 : -1;
    let p1 = 0;
    let p2 = 0;
    let n1 = 0;
    let n2 = 0;
    let compare = 0;
    while (p1 < v1.length && p2 < v2.length && n1 !== null && n2 !== null) {
        const d1 = v1.indexOf('.', p1);
        const d2 = v2.indexOf('.', p2);
        n1 = d1 < 0 ? null : d1;
        n2 = d2 < 0 ? null : d2;
        const e1 = v1.slice(p1, n1 ?? v1.length);
        const e2 = v2.slice(p2, n2 ?? v2.length);
        const dig1 = firstIsDigit(e1, 0);
        const dig2 = firstIsDigit(e2, 0);
        if (dig1 && dig2)
            compare = version_compare_compareNumbers(strtol(e1), strtol(e2));
        else if (!dig1 && !dig2)
            compare = version_compare_sign(specialOrder(e1) - specialOrder(e2));
        else
            compare = dig1 ? version_compare_sign(specialOrder('#N#') - specialOrder(e2)) : version_compare_sign(specialOrder(e1) - specialOrder('#N#'));
        if (compare !== 0)
            break;
        if (n1 !== null)
            p1 = n1 + 1;
        if (n2 !== null)
            p2 = n2 + 1;
    }
    if (compare === 0) {
        if (n1 !== null)
            compare = firstIsDigit(v1, p1) ? 1 : compareVersions(prepareText(v1.slice(p1)), '#N#');
        else if (n2 !== null)
            compare = firstIsDigit(v2, p2) ? -1 : compareVersions('#N#', prepareText(v2.slice(p2)));
    }
    return compare;
}
const prepareText = (version) => (version.startsWith('#') ? version : version_compare_canonicalize(version));
function prepare(version) {
    const text = prepareText(version);
    const pieces = text.split('.');
    if (text === '' || text.startsWith('#') || pieces.some((p) => p === ''))
        return { text, elements: null };
    const elements = pieces.map((p) => {
        const digit = firstIsDigit(p, 0);
        return { digit, num: digit ? strtol(p) : '', order: digit ? 4 : specialOrder(p) };
    });
    return { text, elements };
}
/**
 * php_version_compare on prepared versions. With no empty element (every version Composer normalises), the C
 * loop reduces to: compare element by element (a number against a word counts as the special form "#"); when
 * one side has more, a number there wins, a word is compared against "#".
 */
function comparePrepared(a, b) {
    const x = a.elements;
    const y = b.elements;
    if (!x || !y)
        return compareVersions(a.text, b.text);
    const n = Math.min(x.length, y.length);
    for (let i = 0; i < n; i++) {
        const e = x[i];
        const f = y[i];
        const c = e.digit && f.digit ? version_compare_compareNumbers(e.num, f.num) : version_compare_sign(e.order - f.order);
        if (c !== 0)
            return c;
    }
    if (x.length > n) {
        const e = x[n];
        return e.digit ? 1 : version_compare_sign(e.order - 4);
    }
    if (y.length > n) {
        const f = y[n];
        return f.digit ? -1 : version_compare_sign(4 - f.order);
    }
    return 0;
}
/** version_compare($a, $b, $operator) for Composer's operators. */
function versionCompareOp(a, b, operator) {
    const c = comparePrepared(a, b);
    switch (operator) {
        case '==':
            return c === 0;
        case '!=':
            return c !== 0;
        case '<':
            return c < 0;
        case '<=':
            return c <= 0;
        case '>':
            return c > 0;
        case '>=':
            return c >= 0;
    }
}

;// CONCATENATED MODULE: ./build/ecosystems/composer/constraints.js



const constraints_OPS = { '=': '==', '==': '==', '<': '<', '<=': '<=', '>': '>', '>=': '>=', '<>': '!=', '!=': '!=' };
function atom(op, version) {
    return { kind: 'atom', op: constraints_OPS[op] ?? '==', version, prepared: prepare(version), branch: version.startsWith('dev-') };
}
const ALL = { kind: 'all' };
const VR = `v?(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?(?:\\.(\\d+))?(?:${MODIFIER}|\\.([xX*][.-]?dev))(?:\\+[^${SPACE}]+)?`;
const OR_SPLIT = new RegExp(`${normalize_S}*\\|\\|?${normalize_S}*`);
const AND_SPLIT = new RegExp(`(?<!^|as|[=>< ,]) *(?<!-)[, ](?!-) *(?!,|as|${END})`);
const ALIAS = new RegExp(`^([^,${SPACE}]+) +as +([^,${SPACE}]+)${END}`);
const FLAG = new RegExp(`^([^,${SPACE}]*?)@(stable|RC|beta|alpha|dev)${END}`, 'i');
const HASH_REF = new RegExp(`^(dev-[^,${SPACE}@]+?|[^,${SPACE}@]+?\\.x-dev)#[^\\n]+${END}`, 'i');
const ANY = new RegExp(`^(v)?[xX*](\\.[xX*])*${END}`, 'i');
const TILDE = new RegExp(`^~>?${VR}${END}`, 'i');
const CARET = new RegExp(`^\\^${VR}${END}`, 'i');
const WILDCARD = new RegExp(`^v?(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?(?:\\.[xX*])+${END}`);
const HYPHEN = new RegExp(`^(?<from>${VR}) +- +(?<to>${VR})${END}`, 'i');
const GENERAL = new RegExp(`^(<>|!=|>=?|<=?|==?)?${normalize_S}*([^\\n]*)`);
const BRANCH_LIKE = new RegExp(`^[0-9a-zA-Z-./]+${END}`);
const HAS_MODIFIER = new RegExp(`-${MODIFIER}${END}`);
/** PHP `$n + 1` on a numeric string: an int, or past PHP_INT_MAX a float printed with precision 14. */
function phpIncrement(digits) {
    const n = BigInt(digits);
    if (n < 9223372036854775807n)
        return (n + 1n).toString();
    const [mantissa = '', exponent = ''] = (Number(digits) + 1).toExponential(13).split('e');
    const trimmed = mantissa.replace(/0+$/, '').replace(/\.$/, '');
    return `${trimmed.includes('.') ? trimmed : `${trimmed}.0`}E${exponent}`;
}
/** VersionParser::manipulateVersionString (increment 0 or 1). */
function manipulate(m, position, increment = 0) {
    const parts = [m[1] ?? '', m[2] ?? '', m[3] ?? '', m[4] ?? ''];
    for (let i = 4; i > 0; i--) {
        if (i > position)
            parts[i - 1] = '0';
        else if (i === position && increment)
            parts[i - 1] = phpIncrement(parts[i - 1] || '0');
    }
    return parts.join('.');
}
class Invalid extends Error {
}
function mustNormalize(version) {
    const n = normalize_normalize(version);
    if (!n.ok)
        throw new Invalid(n.error);
    return n.value;
}
/** VersionParser::parseConstraint for one AND-part; throws Invalid where Composer throws. */
function parseConstraint(input) {
    let constraint = input;
    let stabilityModifier = '';
    const alias = ALIAS.exec(constraint);
    if (alias)
        constraint = alias[1];
    const flag = FLAG.exec(constraint);
    if (flag) {
        constraint = flag[1] !== '' ? flag[1] : '*';
        if (flag[2] !== 'stable')
            stabilityModifier = flag[2];
    }
    const hashRef = HASH_REF.exec(constraint);
    if (hashRef)
        constraint = hashRef[1];
    const any = ANY.exec(constraint);
    if (any)
        return any[1] || any[2] ? [atom('>=', '0.0.0.0-dev')] : [ALL];
    let m = TILDE.exec(constraint);
    if (m) {
        if (constraint.startsWith('~>'))
            throw new Invalid(`invalid operator "~>" in "${input}", Composer's is "~"`);
        let position = m[4] ? 4 : m[3] ? 3 : m[2] ? 2 : 1;
        if (m[8])
            position++;
        const suffix = !m[5] && !m[7] && !m[8] ? '-dev' : '';
        const low = mustNormalize((constraint + suffix).slice(1));
        return [atom('>=', low), atom('<', `${manipulate(m, Math.max(1, position - 1), 1)}-dev`)];
    }
    m = CARET.exec(constraint);
    if (m) {
        const position = m[1] !== '0' || !m[2] ? 1 : m[2] !== '0' || !m[3] ? 2 : 3;
        const suffix = !m[5] && !m[7] && !m[8] ? '-dev' : '';
        const low = mustNormalize((constraint + suffix).slice(1));
        return [atom('>=', low), atom('<', `${manipulate(m, position, 1)}-dev`)];
    }
    m = WILDCARD.exec(constraint);
    if (m) {
        const position = m[3] ? 3 : m[2] ? 2 : 1;
        const low = `${manipulate(m, position)}-dev`;
        const high = atom('<', `${manipulate(m, position, 1)}-dev`);
        return low === '0.0.0.0-dev' ? [high] : [atom('>=', low), high];
    }
    m = HYPHEN.exec(constraint);
    if (m) {
        const lowSuffix = !m[6] && !m[8] && !m[9] ? '-dev' : '';
        const lower = atom('>=', mustNormalize(m.groups?.from ?? '') + lowSuffix);
        // Composer's own `$empty`: "0" counts as given.
        const given = (x) => x !== undefined && x !== '';
        const to = m.groups?.to ?? '';
        if ((given(m[12]) && given(m[13])) || m[15] || m[17] || m[18])
            return [lower, atom('<=', mustNormalize(to))];
        mustNormalize(to);
        const high = manipulate(['', m[11], m[12], m[13], m[14]], given(m[12]) ? 2 : 1, 1);
        return [lower, atom('<', `${high}-dev`)];
    }
    const g = GENERAL.exec(constraint);
    const operator = g[1] ?? '';
    const text = g[2] ?? '';
    let version;
    const normalized = normalize_normalize(text);
    if (normalized.ok)
        version = normalized.value;
    else if (text.endsWith('-dev') && BRANCH_LIKE.test(text))
        version = mustNormalize(`dev-${text.slice(0, -4)}`);
    else
        throw new Invalid(`could not parse version constraint "${input}": ${normalized.error}`);
    const op = operator || '=';
    if (op !== '==' && op !== '=' && stabilityModifier && parseStability(version) === 'stable') {
        version += `-${stabilityModifier}`;
    }
    else if ((op === '<' || op === '>=') && !HAS_MODIFIER.test(text.toLowerCase()) && !text.startsWith('dev-')) {
        version += '-dev';
    }
    return [atom(op, version)];
}
const show = (c) => (c.kind === 'atom' ? `${c.op} ${c.version}` : c.kind === 'all' ? '*' : '');
/** MultiConstraint::create for the OR level, with optimizeConstraints' merge of `>=a <b || >=b <c`. */
function createOr(groups) {
    if (groups.length === 1)
        return groups[0];
    let left = groups[0];
    const merged = [];
    let optimized = false;
    for (const right of groups.slice(1)) {
        if (left.kind === 'and' && right.kind === 'and' && left.items.length === 2 && right.items.length === 2) {
            const [l0, l1] = left.items.map(show);
            const [r0, r1] = right.items.map(show);
            if (l0.startsWith('>=') && l1.startsWith('<') && r0.startsWith('>=') && r1.startsWith('<') && l1.slice(2) === r0.slice(3)) {
                optimized = true;
                left = { kind: 'and', items: [left.items[0], right.items[1]] };
                continue;
            }
        }
        merged.push(left);
        left = right;
    }
    if (!optimized)
        return { kind: 'or', items: groups };
    merged.push(left);
    return merged.length === 1 ? merged[0] : { kind: 'or', items: merged };
}
/** VersionParser::parseConstraints. */
function parseConstraints(text) {
    try {
        const groups = phpTrim(text)
            .split(OR_SPLIT)
            .map((part) => {
            const objects = part.split(AND_SPLIT).flatMap(parseConstraint);
            return objects.length === 1 ? objects[0] : { kind: 'and', items: objects };
        });
        return result_ok(createOr(groups));
    }
    catch (e) {
        if (e instanceof Invalid)
            return result_err(`invalid Composer constraint "${text}": ${e.message}`);
        throw e;
    }
}
/** Constraint::versionCompare without branch comparison, as matchSpecific uses it. */
function atomMatches(c, v) {
    if (c.op === '!=' && (c.branch || v.branch))
        return c.version !== v.normalized;
    if (c.branch && v.branch)
        return c.op === '==' && c.version === v.normalized;
    if (c.branch || v.branch)
        return false;
    return versionCompareOp(v.prepared, c.prepared, c.op);
}
function matches(c, v) {
    switch (c.kind) {
        case 'atom':
            return atomMatches(c, v);
        case 'all':
            return true;
        case 'and':
            return c.items.every((item) => matches(item, v));
        case 'or':
            return c.items.some((item) => matches(item, v));
    }
}

;// CONCATENATED MODULE: ./build/ecosystems/composer/index.js





function composer_parse(text) {
    const normalized = normalize_normalize(text);
    if (!normalized.ok)
        return normalized;
    const orderKey = normalizeDefaultBranch(normalized.value);
    return result_ok({
        normalized: normalized.value,
        prepared: prepare(normalized.value),
        branch: normalized.value.startsWith('dev-'),
        orderKey,
        orderPrepared: prepare(orderKey),
        orderBranch: orderKey.startsWith('dev-'),
    });
}
/**
 * Semver::sort's order: Comparator on normalised versions (branches included, so `dev-foo` sorts below
 * releases). Composer does not order two different branches; we order them by name so the order is total.
 */
function compare(a, b) {
    if (a.orderKey === b.orderKey)
        return 0;
    if (a.orderBranch && b.orderBranch)
        return a.orderKey < b.orderKey ? -1 : 1;
    return comparePrepared(a.orderPrepared, b.orderPrepared);
}
// Both syntaxes are Composer's own constraint language: PMDB's packagist ranges (`||`, commas) are written in it,
// and a bare version already means `==` there.
function composer_parseRange(text, _syntax) {
    const parsed = parseConstraints(text);
    if (!parsed.ok)
        return parsed;
    const constraint = parsed.value;
    return result_ok({ text, contains: (v) => matches(constraint, v) });
}
const composer = {
    type: 'composer',
    aliases: ['packagist'],
    // Packagist names are case-insensitive: `vendor/name` in lower case.
    canonicalName: (namespace, name) => (namespace ? `${namespace}/${name}` : name).toLowerCase(),
    // "vendor/package": the vendor is the namespace.
    splitName: (fullName) => {
        const slash = fullName.indexOf('/');
        return slash > 0 ? [fullName.slice(0, slash), fullName.slice(slash + 1)] : [null, fullName];
    },
    versioning: { parse: composer_parse, compare, parseRange: composer_parseRange },
    // packageurl-js lower-cases composer vendor and name (the purl spec's rule for the type).
    plainPurl: { segment: LOWER_CASE_SEGMENT, namespace: 'optional' },
};

;// CONCATENATED MODULE: ./build/ecosystems/cargo/semver.js



const U64_MAX = '18446744073709551615';
/** crate::parse::numeric_identifier: digits, no leading zero, fits u64. Returns [digits, rest] or an error. */
function numericIdentifier(input, pos) {
    let len = 0;
    while (len < input.length && input[len] >= '0' && input[len] <= '9') {
        if (len > 0 && input[0] === '0')
            return result_err(`invalid leading zero in ${pos} version number`);
        len++;
    }
    if (len === 0) {
        return result_err(input === '' ? `unexpected end of input while parsing ${pos} version number` : `unexpected character ${JSON.stringify(input[0])} while parsing ${pos} version number`);
    }
    const digits = input.slice(0, len);
    if (compareNumericText(digits, U64_MAX) > 0)
        return result_err(`value of ${pos} version number exceeds u64::MAX`);
    return result_ok([digits, input.slice(len)]);
}
/** crate::parse::identifier: dot-separated [0-9A-Za-z-]+ segments; pre-release numbers may not have leading zeros. */
function identifier(input, pos) {
    let accumulated = 0;
    let segment = 0;
    let nonDigit = false;
    for (;;) {
        const c = input[accumulated + segment];
        if (c !== undefined && /^[A-Za-z-]$/.test(c)) {
            segment++;
            nonDigit = true;
        }
        else if (c !== undefined && c >= '0' && c <= '9') {
            segment++;
        }
        else {
            if (segment === 0) {
                if (accumulated === 0 && c !== '.')
                    return result_ok(['', input]);
                return result_err(`empty identifier segment in ${pos}`);
            }
            if (pos === 'pre-release' && segment > 1 && !nonDigit && input[accumulated] === '0') {
                return result_err(`invalid leading zero in ${pos} identifier`);
            }
            accumulated += segment;
            if (c === '.') {
                accumulated++;
                segment = 0;
                nonDigit = false;
            }
            else {
                return result_ok([input.slice(0, accumulated), input.slice(accumulated)]);
            }
        }
    }
}
function parseCargoVersion(text) {
    const fail = (reason) => result_err(`"${text}" is not a valid Cargo (semver) version: ${reason}`);
    const parts = [];
    let rest = text;
    const positions = ['major', 'minor', 'patch'];
    for (const [i, pos] of positions.entries()) {
        const n = numericIdentifier(rest, pos);
        if (!n.ok)
            return fail(n.error);
        parts.push(n.value[0]);
        rest = n.value[1];
        if (i < 2) {
            if (!rest.startsWith('.'))
                return fail(rest === '' ? `unexpected end of input after ${pos} version number` : `unexpected character ${JSON.stringify(rest[0])} after ${pos} version number`);
            rest = rest.slice(1);
        }
    }
    let pre = '';
    let build = '';
    let pos = 'patch';
    if (rest.startsWith('-')) {
        pos = 'pre-release';
        const id = identifier(rest.slice(1), pos);
        if (!id.ok)
            return fail(id.error);
        if (id.value[0] === '')
            return fail('empty identifier segment in pre-release');
        [pre, rest] = id.value;
    }
    if (rest.startsWith('+')) {
        pos = 'build metadata';
        const id = identifier(rest.slice(1), pos);
        if (!id.ok)
            return fail(id.error);
        if (id.value[0] === '')
            return fail('empty identifier segment in build metadata');
        [build, rest] = id.value;
    }
    if (rest !== '')
        return fail(`unexpected character ${JSON.stringify(rest[0])} after ${pos}`);
    const [major, minor, patch] = parts;
    return result_ok({ major, minor, patch, pre, build });
}
const allDigits = (s) => /^[0-9]*$/.test(s);
/** impl Ord for Prerelease: a release ('' here) is greater than any pre-release. */
function compareCargoPre(a, b) {
    if (a === '' || b === '')
        return a === b ? 0 : a === '' ? 1 : -1;
    const left = a.split('.');
    const right = b.split('.');
    for (let i = 0; i < left.length; i++) {
        const x = left[i];
        const y = right[i];
        if (y === undefined)
            return 1;
        const xd = allDigits(x);
        const yd = allDigits(y);
        const order = xd && yd ? (x.length !== y.length ? (x.length < y.length ? -1 : 1) : compareStrings(x, y)) : xd ? -1 : yd ? 1 : compareStrings(x, y);
        if (order !== 0)
            return order;
    }
    return left.length === right.length ? 0 : -1;
}
/** impl Ord for BuildMetadata: numeric segments by value, then by length (0 < 00 < 1 < 01). */
function compareCargoBuild(a, b) {
    const left = a.split('.');
    const right = b.split('.');
    for (let i = 0; i < left.length; i++) {
        const x = left[i];
        const y = right[i];
        if (y === undefined)
            return 1;
        let order;
        if (allDigits(x) && allDigits(y)) {
            const xv = x.replace(/^0+/, '');
            const yv = y.replace(/^0+/, '');
            order = compareNumericText(xv, yv) || (x.length === y.length ? 0 : x.length < y.length ? -1 : 1);
        }
        else if (allDigits(x))
            order = -1;
        else if (allDigits(y))
            order = 1;
        else
            order = compareStrings(x, y);
        if (order !== 0)
            return order;
    }
    return left.length === right.length ? 0 : -1;
}
/** Derived Ord of semver::Version: major, minor, patch, pre, then build (so 1.0.0+a and 1.0.0+b differ). */
function compareCargoVersions(a, b) {
    return (compareNumericText(a.major, b.major) ||
        compareNumericText(a.minor, b.minor) ||
        compareNumericText(a.patch, b.patch) ||
        compareCargoPre(a.pre, b.pre) ||
        compareCargoBuild(a.build, b.build));
}

;// CONCATENATED MODULE: ./build/ecosystems/cargo/req.js




const MAX_COMPARATORS = 32;
function wildcard(input) {
    return input.startsWith('*') || input.startsWith('x') || input.startsWith('X') ? input.slice(1) : null;
}
function splitOp(input, defaultOp) {
    if (input.startsWith('>='))
        return ['>=', input.slice(2), false];
    if (input.startsWith('<='))
        return ['<=', input.slice(2), false];
    for (const op of ['=', '>', '<', '~', '^'])
        if (input.startsWith(op))
            return [op, input.slice(1), false];
    return [defaultOp, input, true];
}
const trimSpaces = (s) => s.replace(/^ +/, '');
/** crate::parse::comparator; `defaultOp` is `^` for Cargo.toml requirements and `=` for advisory constraints. */
function comparator(input, defaultOp) {
    const [parsedOp, afterOp, isDefault] = splitOp(input, defaultOp);
    let op = parsedOp;
    let text = trimSpaces(afterOp);
    let pos = 'major';
    const major = numericIdentifier(text, pos);
    if (!major.ok)
        return major;
    text = major.value[1];
    let minor = null;
    let patch = null;
    let hasWildcard = false;
    if (text.startsWith('.')) {
        pos = 'minor';
        const rest = wildcard(text.slice(1));
        if (rest !== null) {
            hasWildcard = true;
            if (isDefault)
                op = '*';
            text = rest;
        }
        else {
            const n = numericIdentifier(text.slice(1), pos);
            if (!n.ok)
                return n;
            [minor, text] = n.value;
        }
    }
    if (text.startsWith('.')) {
        pos = 'patch';
        const rest = wildcard(text.slice(1));
        if (rest !== null) {
            if (isDefault)
                op = '*';
            text = rest;
        }
        else if (hasWildcard) {
            return result_err('unexpected character after wildcard in version req');
        }
        else {
            const n = numericIdentifier(text.slice(1), pos);
            if (!n.ok)
                return n;
            [patch, text] = n.value;
        }
    }
    let pre = '';
    if (patch !== null && text.startsWith('-')) {
        const id = identifier(text.slice(1), 'pre-release');
        if (!id.ok)
            return id;
        if (id.value[0] === '')
            return result_err('empty identifier segment in pre-release identifier');
        [pre, text] = id.value;
    }
    if (patch !== null && text.startsWith('+')) {
        const id = identifier(text.slice(1), 'build metadata');
        if (!id.ok)
            return id;
        if (id.value[0] === '')
            return result_err('empty identifier segment in build metadata');
        text = id.value[1];
    }
    return result_ok([{ op, major: major.value[0], minor, patch, pre }, trimSpaces(text)]);
}
/** VersionReq::from_str: comma-separated comparators; a lone `*` (or x, X) is "any". */
function parseVersionReq(input, defaultOp = '^') {
    if (input.length > MAX_RANGE_LENGTH)
        return result_err(`range is longer than ${MAX_RANGE_LENGTH} characters`);
    let text = trimSpaces(input);
    const star = wildcard(text);
    if (star !== null) {
        const rest = trimSpaces(star);
        if (rest === '')
            return result_ok([]);
        return result_err(rest.startsWith(',') ? `wildcard req (${text[0]}) must be the only comparator in the version req` : 'unexpected character after wildcard in version req');
    }
    const comparators = [];
    for (;;) {
        const c = comparator(text, defaultOp);
        if (!c.ok)
            return c;
        comparators.push(c.value[0]);
        text = c.value[1];
        if (text === '')
            return result_ok(comparators);
        if (!text.startsWith(','))
            return result_err(`expected comma after version number, found ${JSON.stringify(text[0])}`);
        // parse.rs version_req: the 33rd comparator is refused.
        if (comparators.length === MAX_COMPARATORS)
            return result_err('excessive number of version comparators');
        text = trimSpaces(text.slice(1));
    }
}
const cmpNum = compareNumericText;
function matchesExact(c, v) {
    if (v.major !== c.major)
        return false;
    if (c.minor !== null && v.minor !== c.minor)
        return false;
    if (c.patch !== null && v.patch !== c.patch)
        return false;
    return v.pre === c.pre;
}
function matchesGreater(c, v) {
    if (v.major !== c.major)
        return cmpNum(v.major, c.major) > 0;
    if (c.minor === null)
        return false;
    if (v.minor !== c.minor)
        return cmpNum(v.minor, c.minor) > 0;
    if (c.patch === null)
        return false;
    if (v.patch !== c.patch)
        return cmpNum(v.patch, c.patch) > 0;
    return compareCargoPre(v.pre, c.pre) > 0;
}
function matchesLess(c, v) {
    if (v.major !== c.major)
        return cmpNum(v.major, c.major) < 0;
    if (c.minor === null)
        return false;
    if (v.minor !== c.minor)
        return cmpNum(v.minor, c.minor) < 0;
    if (c.patch === null)
        return false;
    if (v.patch !== c.patch)
        return cmpNum(v.patch, c.patch) < 0;
    return compareCargoPre(v.pre, c.pre) < 0;
}
function matchesTilde(c, v) {
    if (v.major !== c.major)
        return false;
    if (c.minor !== null && v.minor !== c.minor)
        return false;
    if (c.patch !== null && v.patch !== c.patch)
        return cmpNum(v.patch, c.patch) > 0;
    return compareCargoPre(v.pre, c.pre) >= 0;
}
function matchesCaret(c, v) {
    if (v.major !== c.major)
        return false;
    if (c.minor === null)
        return true;
    const majorPositive = c.major !== '0';
    if (c.patch === null)
        return majorPositive ? cmpNum(v.minor, c.minor) >= 0 : v.minor === c.minor;
    if (majorPositive) {
        if (v.minor !== c.minor)
            return cmpNum(v.minor, c.minor) > 0;
        if (v.patch !== c.patch)
            return cmpNum(v.patch, c.patch) > 0;
    }
    else if (c.minor !== '0') {
        if (v.minor !== c.minor)
            return false;
        if (v.patch !== c.patch)
            return cmpNum(v.patch, c.patch) > 0;
    }
    else if (v.minor !== c.minor || v.patch !== c.patch) {
        return false;
    }
    return compareCargoPre(v.pre, c.pre) >= 0;
}
function matchesOne(c, v) {
    switch (c.op) {
        case '=':
        case '*':
            return matchesExact(c, v);
        case '>':
            return matchesGreater(c, v);
        case '>=':
            return matchesExact(c, v) || matchesGreater(c, v);
        case '<':
            return matchesLess(c, v);
        case '<=':
            return matchesExact(c, v) || matchesLess(c, v);
        case '~':
            return matchesTilde(c, v);
        case '^':
            return matchesCaret(c, v);
    }
}
/** eval.rs matches_req: a pre-release only matches when a comparator names the same major.minor.patch with a pre-release. */
function matchesReq(comparators, v) {
    if (!comparators.every((c) => matchesOne(c, v)))
        return false;
    if (v.pre === '')
        return true;
    return comparators.some((c) => c.major === v.major && c.minor === v.minor && c.patch === v.patch && c.pre !== '');
}
function cargoNativeRange(text) {
    const req = parseVersionReq(text);
    if (!req.ok)
        return result_err(`"${text}" is not a valid Cargo version requirement: ${req.error}`);
    return result_ok({ text, contains: (v) => matchesReq(req.value, v) });
}
/**
 * DESIGN.md 8.1 advisory syntax: `||` between alternatives, space or `&&` between constraints, bare version `=x`.
 * Each alternative is one VersionReq (same matching, including the pre-release rule).
 */
function cargoAdvisoryRange(text) {
    const split = splitAdvisoryRange(text);
    if (!split.ok)
        return split;
    const alternatives = [];
    for (const alternative of split.value) {
        // `^0.21.2` and `~1.2` (RustSec writes them) keep their own operator; a bare version means `=`.
        const joined = alternative.map((c) => (c.op === '=' && /^[~^]/.test(c.version) ? c.version : `${c.op}${c.version}`));
        const req = parseVersionReq(joined.join(', '), '=');
        if (!req.ok)
            return result_err(`"${text}" is not a valid Cargo advisory range: ${req.error}`);
        alternatives.push(req.value);
    }
    return result_ok({ text, contains: (v) => alternatives.some((req) => matchesReq(req, v)) });
}

;// CONCATENATED MODULE: ./build/ecosystems/cargo/index.js



// Cargo semantics are those of the Rust `semver` crate 1.0, ported in semver.ts (versions and their order)
// and req.ts (requirements: a bare "1.2.3" means "^1.2.3", comparators joined by commas).
const cargo_versioning = {
    parse: parseCargoVersion,
    compare: compareCargoVersions,
    parseRange: (text, syntax) => (syntax === 'advisory' ? cargoAdvisoryRange(text) : cargoNativeRange(text)),
};
const cargo = {
    type: 'cargo',
    aliases: ['crates.io'],
    // crates.io refuses a new crate whose name differs from an existing one only by case or by `-` versus `_`, and
    // finds either spelling; its own canon_crate_name() is lower(replace(name, '-', '_')), so that is the key here.
    canonicalName: (_namespace, name) => name.toLowerCase().replaceAll('-', '_'),
    versioning: cargo_versioning,
    // packageurl-js keeps crate names as written (the purl spec's rule for the type).
    plainPurl: { segment: CASED_SEGMENT, namespace: 'none' },
};

;// CONCATENATED MODULE: ./build/ecosystems/conan/version.js

/** Python int(str) for ASCII text: surrounding whitespace, a sign, and underscores between digits are allowed. */
function pythonInt(text) {
    const m = /^[ \t\n\r\f\v]*([+-]?)([0-9]+(?:_[0-9]+)*)[ \t\n\r\f\v]*$/.exec(text);
    if (!m)
        return null;
    const value = BigInt(m[2].replaceAll('_', ''));
    return m[1] === '-' ? -value : value;
}
function conanVersion(value, qualifier = false) {
    let rest = value;
    let build = null;
    let pre = null;
    if (!qualifier) {
        const plus = rest.lastIndexOf('+');
        if (plus >= 0) {
            build = conanVersion(rest.slice(plus + 1), true);
            rest = rest.slice(0, plus);
        }
        const dash = rest.indexOf('-');
        if (dash >= 0) {
            pre = conanVersion(rest.slice(dash + 1), true);
            rest = rest.slice(0, dash);
        }
    }
    const items = rest.split('.').map((item) => pythonInt(item) ?? item);
    const nonzero = [...items];
    while (nonzero.length > 0 && nonzero[nonzero.length - 1] === 0n)
        nonzero.pop();
    return { text: value, items, nonzero, pre, build };
}
const itemEq = (a, b) => a === b;
/** _VersionItem.__lt__: ints numerically, otherwise str() against str(). */
function itemLt(a, b) {
    if (typeof a === 'bigint' && typeof b === 'bigint')
        return a < b;
    return String(a) < String(b);
}
function itemsEq(a, b) {
    return a.length === b.length && a.every((x, i) => itemEq(x, b[i]));
}
/** Python tuple `<` over items. */
function itemsLt(a, b) {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
        if (!itemEq(a[i], b[i]))
            return itemLt(a[i], b[i]);
    }
    return a.length < b.length;
}
const optEq = (a, b) => (a === null || b === null ? a === b : conanEq(a, b));
/** None < Version, as Python evaluates it through total_ordering's reflected __gt__. */
const optLt = (a, b) => (a === null ? b !== null : b === null ? false : conanLt(a, b));
function conanEq(a, b) {
    return itemsEq(a.nonzero, b.nonzero) && optEq(a.pre, b.pre) && optEq(a.build, b.build);
}
/** Python tuple `<` over (nonzero items, then the given optional Versions). */
function tupleLt(a, b, rest) {
    if (!itemsEq(a.nonzero, b.nonzero))
        return itemsLt(a.nonzero, b.nonzero);
    for (const [x, y] of rest)
        if (!optEq(x, y))
            return optLt(x, y);
    return false;
}
function conanLt(a, b) {
    if (a.pre) {
        if (b.pre)
            return tupleLt(a, b, [[a.pre, b.pre], [a.build, b.build]]);
        return itemsEq(a.nonzero, b.nonzero) ? true : itemsLt(a.nonzero, b.nonzero);
    }
    if (b.pre)
        return itemsEq(a.nonzero, b.nonzero) ? false : itemsLt(a.nonzero, b.nonzero);
    return tupleLt(a, b, [[a.build, b.build]]);
}
function compareConanVersions(a, b) {
    if (conanEq(a, b))
        return 0;
    return conanLt(a, b) ? -1 : 1;
}
/**
 * RecipeReference.validate_ref's pattern for versions (with core:allow_uppercase_pkg_names, so upper case passes),
 * except that one character is enough: validate_ref asks for two, but Version("1") is what Conan's own tests and
 * ranges (`~1`, `>1`) use, so a one-character version is read rather than refused.
 */
const VALID_VERSION = /^[a-zA-Z0-9_][a-zA-Z0-9_+.-]{0,100}$/;
function parseConanVersion(text) {
    if (!VALID_VERSION.test(text))
        return result_err(`"${text}" is not a valid Conan version: Conan accepts up to 101 characters of [a-zA-Z0-9_+.-], not starting with + . or -`);
    return result_ok(conanVersion(text));
}
/** Version.upper_bound: bump item `index`, drop the rest, append "-" so the bound's pre-releases stay out. */
function upperBound(v, index) {
    const item = v.items[index];
    if (item === undefined)
        return result_err(`cannot bump "${v.text}" at index ${index}`);
    if (typeof item !== 'bigint')
        return result_err(`Cannot bump '${v.text} version index ${index}, not an int`);
    const text = [...v.items.slice(0, index).map(String), String(item + 1n)].join('.') + '-';
    return result_ok(conanVersion(text));
}

;// CONCATENATED MODULE: ./build/ecosystems/conan/index.js



function condition(operator, version) {
    // `>=1.0` and `<2.0` are evaluated as `>=1.0-` and `<2.0-`: the lowest pre-release, so `<2.0` keeps 2.0's
    // pre-releases out and `>=1.0` lets 1.0's in when pre-releases are enabled.
    if ((operator === '>=' || operator === '<') && !version.text.includes('-') && version.build === null) {
        return { operator, version: conanVersion(`${version.text}-`) };
    }
    return { operator, version };
}
function firstNonZero(items) {
    const i = items.findIndex((item) => item !== 0n);
    return i < 0 ? items.length : i;
}
function parseExpression(expression) {
    if (expression === '' || expression === '*')
        return result_ok([condition('>=', conanVersion('0.0.0'))]);
    if (expression.length === 1)
        return result_err(`Error parsing version range "${expression}"`);
    let operator = expression[0];
    let index = 1;
    if (!['>', '<', '^', '~', '='].includes(operator)) {
        operator = '=';
        index = 0;
    }
    if (operator === '>' || operator === '<') {
        if (expression[1] === '=') {
            operator += '=';
            index = 2;
        }
    }
    else if (expression[1] === '=') {
        return result_err(`Invalid version range operator '${operator}=' in ${expression}, you should probably use ${operator} instead.`);
    }
    let version = expression.slice(index);
    if (version === '')
        return result_err(`Error parsing version range "${expression}"`);
    if (operator === '~') {
        if (!version.includes('-'))
            version += '-';
        const v = conanVersion(version);
        const upper = upperBound(v, v.items.length > 1 ? 1 : 0);
        if (!upper.ok)
            return upper;
        return result_ok([condition('>=', v), condition('<', upper.value)]);
    }
    if (operator === '^') {
        const v = conanVersion(version);
        const upper = upperBound(v, firstNonZero(v.items));
        if (!upper.ok)
            return upper;
        return result_ok([condition('>=', v), condition('<', upper.value)]);
    }
    return result_ok([condition(operator, conanVersion(version))]);
}
function holds(c, v) {
    switch (c.operator) {
        case '>':
            return !conanLt(v, c.version) && !conanEq(v, c.version);
        case '<':
            return conanLt(v, c.version);
        case '>=':
            return !conanLt(v, c.version);
        case '<=':
            return conanLt(v, c.version) || conanEq(v, c.version);
        case '=':
            return conanEq(v, c.version);
    }
}
/** VersionRange(expression), with or without the `[...]` that a reference puts around it (`zlib/[>=1.2 <2]`). */
function parseConanRange(text) {
    if (text.length > MAX_RANGE_LENGTH)
        return result_err(`range is longer than ${MAX_RANGE_LENGTH} characters`);
    const trimmed = text.trim();
    const expression = trimmed.startsWith('[') && trimmed.endsWith(']') ? trimmed.slice(1, -1) : text;
    const tokens = expression.split(',');
    let prerelease = false;
    for (const token of tokens.slice(1)) {
        if (token.includes('include_prerelease')) {
            prerelease = true;
            break;
        }
        const t = token.trim();
        // Conan warns about an unknown option starting with a letter and fails on anything else.
        if (!(t.length > 0 && /^\p{L}/u.test(t)))
            return result_err(`"${t}" in version range "${expression}" is not a valid option`);
    }
    const sets = [];
    for (const alternative of tokens[0].split('||')) {
        const words = alternative.split(/\s+/).filter((w) => w !== '');
        const conditions = [];
        for (const word of words.length > 0 ? words : ['']) {
            const parsed = parseExpression(word);
            if (!parsed.ok)
                return result_err(`"${text}" is not a valid Conan version range: ${parsed.error}`);
            conditions.push(...parsed.value);
        }
        sets.push(conditions);
    }
    return result_ok({
        text,
        // core.version_ranges:resolve_prereleases unset: pre-releases only where the range says include_prerelease.
        contains: (v) => (v.pre === null || prerelease) && sets.some((set) => set.every((c) => holds(c, v))),
    });
}
function conan_parseRange(text, syntax) {
    // DESIGN.md 8.1 advisory syntax is Conan's own expression syntax, plus `&&` as another way to write a space.
    if (syntax === 'advisory') {
        const range = parseConanRange(text.replaceAll('&&', ' '));
        return range.ok ? result_ok({ text, contains: range.value.contains }) : range;
    }
    return parseConanRange(text);
}
const conan_versioning = { parse: parseConanVersion, compare: compareConanVersions, parseRange: conan_parseRange };
const conan = {
    type: 'conan',
    aliases: ['conancenter'],
    // Conan 2 requires lower-case package names (validate_ref: "Conan packages names ... must be all lowercase"),
    // so lower-casing folds only hand-typed spellings. The purl namespace (user) is not part of the name.
    canonicalName: (_namespace, name) => name.toLowerCase(),
    versioning: conan_versioning,
};

;// CONCATENATED MODULE: ./build/ecosystems/swift/index.js


const INT_MIN = -(2n ** 63n);
const INT_MAX = 2n ** 63n - 1n;
/** Swift `Int(String)`: optional sign then decimal digits, within 64 bits; nil otherwise. */
function swiftInt(text) {
    if (!/^[+-]?[0-9]+$/.test(text))
        return null;
    const value = BigInt(text);
    return value < INT_MIN || value > INT_MAX ? null : value;
}
const identifiersOk = (ids) => ids.every((id) => /^[0-9A-Za-z-]*$/.test(id));
function parseSwiftVersion(tagOrVersion) {
    // SwiftPM reads versions from git tags and drops one leading "v" there (Version(tag:)); purls carry tags.
    const text = tagOrVersion.startsWith('v') ? tagOrVersion.slice(1) : tagOrVersion;
    const bad = (why) => result_err(`"${text}" is not a valid SwiftPM version: ${why}`);
    if ([...text].some((c) => c.charCodeAt(0) > 0x7f))
        return bad('non-ASCII characters');
    const plus = text.indexOf('+');
    const beforeBuild = plus < 0 ? text : text.slice(0, plus);
    const dash = beforeBuild.indexOf('-');
    const core = (dash < 0 ? beforeBuild : beforeBuild.slice(0, dash)).split('.');
    if (core.length !== 3)
        return bad(`${core.length > 3 ? 'more than 3' : 'fewer than 3'} identifiers in version core`);
    const [major, minor, patch] = core.map(swiftInt);
    // Version.init preconditions non-negative numbers; the string initializer would trap, so refuse instead.
    if (major == null || minor == null || patch == null || major < 0n || minor < 0n || patch < 0n) {
        return bad('non-numerical or empty version core identifiers');
    }
    const pre = dash < 0 ? [] : beforeBuild.slice(dash + 1).split('.');
    if (!identifiersOk(pre))
        return bad('characters other than alpha-numerics and hyphens in pre-release identifiers');
    const build = plus < 0 ? [] : text.slice(plus + 1).split('.');
    if (!identifiersOk(build))
        return bad('characters other than alpha-numerics and hyphens in build metadata identifiers');
    return result_ok({ major, minor, patch, pre, build });
}
function swift_lessThan(a, b) {
    if (a.major !== b.major)
        return a.major < b.major;
    if (a.minor !== b.minor)
        return a.minor < b.minor;
    if (a.patch !== b.patch)
        return a.patch < b.patch;
    if (a.pre.length === 0)
        return false;
    if (b.pre.length === 0)
        return true;
    const n = Math.min(a.pre.length, b.pre.length);
    for (let i = 0; i < n; i++) {
        const x = a.pre[i];
        const y = b.pre[i];
        if (x === y)
            continue;
        const xn = swiftInt(x);
        const yn = swiftInt(y);
        if (xn !== null && yn !== null)
            return xn < yn;
        if (xn !== null)
            return true;
        if (yn !== null)
            return false;
        return x < y;
    }
    return a.pre.length < b.pre.length;
}
function compareSwiftVersions(a, b) {
    return swift_lessThan(a, b) ? -1 : swift_lessThan(b, a) ? 1 : 0;
}
const sameCore = (a, b) => a.major === b.major && a.minor === b.minor && a.patch === b.patch;
/** `extension Range where Bound == Version { func contains(version:) }` with its pre-release rules. */
function halfOpenContains(lower, upper, v) {
    if (v.pre.length > 0) {
        if (lower.pre.length === 0 && upper.pre.length === 0)
            return false;
        if (upper.pre.length === 0 && sameCore(upper, v))
            return false;
    }
    if (compareSwiftVersions(lower, v) === 0)
        return true;
    return compareSwiftVersions(v, lower) >= 0 && compareSwiftVersions(v, upper) < 0;
}
const swift_version = (major, minor, patch) => ({ major, minor, patch, pre: [], build: [] });
/**
 * Package.swift requirement forms: `from: 1.2.3` / `.upToNextMajor(from: 1.2.3)` (..<2.0.0), `.upToNextMinor(from:
 * 1.2.3)` (..<1.3.0), `exact: 1.2.3` or a bare version, `1.0.0..<2.0.0`, and `1.0.0...1.2.3`, which PackageDescription
 * turns into `1.0.0..<1.2.4`.
 */
function parseNative(text) {
    if (text.length > 512)
        return result_err('range is longer than 512 characters');
    const t = text.replaceAll('"', '').trim();
    const call = /^\.?(upToNextMajor|upToNextMinor|exact)\(\s*(?:from:)?\s*([^\s()]+)\s*\)$/.exec(t);
    const label = /^(from|exact):\s*(\S+)$/.exec(t);
    const form = call ?? label;
    if (form) {
        const v = parseSwiftVersion(form[2]);
        if (!v.ok)
            return v;
        const lower = v.value;
        if (form[1] === 'exact')
            return result_ok({ text, contains: (x) => compareSwiftVersions(x, lower) === 0 });
        const upper = form[1] === 'upToNextMinor' ? swift_version(lower.major, lower.minor + 1n, 0n) : swift_version(lower.major + 1n, 0n, 0n);
        return result_ok({ text, contains: (x) => halfOpenContains(lower, upper, x) });
    }
    const halfOpen = t.indexOf('..<');
    const closed = halfOpen < 0 ? t.indexOf('...') : -1;
    const at = halfOpen >= 0 ? halfOpen : closed;
    if (at >= 0) {
        const lower = parseSwiftVersion(t.slice(0, at).trim());
        if (!lower.ok)
            return lower;
        const upperGiven = parseSwiftVersion(t.slice(at + 3).trim());
        if (!upperGiven.ok)
            return upperGiven;
        const u = upperGiven.value;
        const upper = closed >= 0 ? swift_version(u.major, u.minor, u.patch + 1n) : u;
        if (compareSwiftVersions(lower.value, upper) > 0)
            return result_err(`"${text}": the lower bound is above the upper bound`);
        return result_ok({ text, contains: (x) => halfOpenContains(lower.value, upper, x) });
    }
    const exact = parseSwiftVersion(t);
    if (!exact.ok)
        return result_err(`"${text}" is not a SwiftPM requirement (from: X, X..<Y, X...Y, exact: X): ${exact.error}`);
    return result_ok({ text, contains: (x) => compareSwiftVersions(x, exact.value) === 0 });
}
function swift_parseAdvisory(text) {
    const split = splitAdvisoryRange(text);
    if (!split.ok)
        return split;
    const alternatives = [];
    for (const alternative of split.value) {
        const row = [];
        for (const c of alternative) {
            const v = parseSwiftVersion(c.version);
            if (!v.ok)
                return v;
            row.push({ op: c.op, version: v.value });
        }
        alternatives.push(row);
    }
    return result_ok({ text, contains: (v) => alternatives.some((all) => all.every((c) => comparatorHolds(c, v, compareSwiftVersions))) });
}
const swift_versioning = {
    parse: parseSwiftVersion,
    compare: compareSwiftVersions,
    parseRange: (text, syntax) => (syntax === 'advisory' ? swift_parseAdvisory(text) : parseNative(text)),
};
const swift = {
    type: 'swift',
    aliases: ['swifturl'],
    // purl: namespace is the source host and path (github.com/apple), name the repository. Git hosts treat paths
    // case-insensitively (GitHub does), and SwiftPM identifies packages by URL lower-cased, so lower-case both.
    canonicalName: (namespace, name) => (namespace ? `${namespace}/${name}` : name).toLowerCase(),
    versioning: swift_versioning,
};

;// CONCATENATED MODULE: ./build/ecosystems/pub/index.js


// Same text as pub_semver's startVersion / completeVersion; input length is capped, so backtracking stays small.
const START_VERSION = /^(\d+).(\d+).(\d+)(-([0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*))?(\+([0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*))?/;
const COMPLETE_VERSION = new RegExp(`${START_VERSION.source}$`);
const INT64_MAX = 2n ** 63n - 1n;
/** The regexes above can backtrack (the dots match digits too); a length cap keeps that small. node-semver caps at 256 too. */
const MAX_VERSION_LENGTH = 256;
/** Dart `int.tryParse`: optional sign, decimal or 0x-hex (hex up to 64 bits, read as two's complement). */
function dartTryParseInt(text) {
    const m = /^([+-]?)(0[xX][0-9A-Fa-f]+|[0-9]+)$/.exec(text);
    if (!m)
        return null;
    const negative = m[1] === '-';
    let value = BigInt(m[2]);
    if (/^0[xX]/.test(m[2])) {
        if (value >= 2n ** 64n)
            return null;
        if (value > INT64_MAX)
            value -= 2n ** 64n;
    }
    else if (value > INT64_MAX + (negative ? 1n : 0n)) {
        return null;
    }
    return negative ? -value : value;
}
const splitParts = (text) => (text === undefined ? [] : text.split('.').map((p) => dartTryParseInt(p) ?? p));
function fromMatch(text, m) {
    const numbers = [m[1], m[2], m[3]].map((n) => BigInt(n));
    // Version.parse uses int.parse: a number beyond 64 bits is a FormatException.
    if (numbers.some((n) => n > INT64_MAX))
        return result_err(`Could not parse "${text}".`);
    const [major, minor, patch] = numbers;
    return result_ok({ major, minor, patch, pre: splitParts(m[5]), build: splitParts(m[8]) });
}
function parsePubVersion(text) {
    if (text.length > MAX_VERSION_LENGTH)
        return result_err(`version is longer than ${MAX_VERSION_LENGTH} characters`);
    const m = COMPLETE_VERSION.exec(text);
    return m ? fromMatch(text, m) : result_err(`Could not parse "${text}".`);
}
function compareLists(a, b) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
        const x = a[i];
        const y = b[i];
        if (x === y)
            continue;
        if (x === undefined)
            return -1;
        if (y === undefined)
            return 1;
        if (typeof x === 'bigint')
            return typeof y === 'bigint' ? (x < y ? -1 : 1) : -1;
        if (typeof y === 'bigint')
            return 1;
        return x < y ? -1 : 1;
    }
    return 0;
}
function comparePubVersions(a, b) {
    if (a.major !== b.major)
        return a.major < b.major ? -1 : 1;
    if (a.minor !== b.minor)
        return a.minor < b.minor ? -1 : 1;
    if (a.patch !== b.patch)
        return a.patch < b.patch ? -1 : 1;
    if (a.pre.length === 0 && b.pre.length > 0)
        return 1;
    if (b.pre.length === 0 && a.pre.length > 0)
        return -1;
    const pre = compareLists(a.pre, b.pre);
    if (pre !== 0)
        return pre;
    if (a.build.length === 0 && b.build.length > 0)
        return -1;
    if (b.build.length === 0 && a.build.length > 0)
        return 1;
    return compareLists(a.build, b.build);
}
const pub_sameCore = (a, b) => a.major === b.major && a.minor === b.minor && a.patch === b.patch;
const firstPreRelease = (v) => ({ major: v.major, minor: v.minor, patch: v.patch, pre: [0n], build: [] });
const nextBreaking = (v) => v.major === 0n
    ? { major: 0n, minor: v.minor + 1n, patch: 0n, pre: [], build: [] }
    : { major: v.major + 1n, minor: 0n, patch: 0n, pre: [], build: [] };
/** The VersionRange factory: `<2.0.0` also excludes 2.0.0's pre-releases unless the minimum is one of them. */
function versionRange(min, includeMin, max, includeMax) {
    let upper = max;
    if (!includeMax && upper && upper.pre.length === 0 && upper.build.length === 0 && (!min || min.pre.length === 0 || !pub_sameCore(min, upper))) {
        upper = firstPreRelease(upper);
    }
    return { min, includeMin, max: upper, includeMax };
}
function allows(c, v) {
    if (!c)
        return false;
    if (c.min) {
        const order = comparePubVersions(v, c.min);
        if (order < 0 || (!c.includeMin && order === 0))
            return false;
    }
    if (c.max) {
        const order = comparePubVersions(v, c.max);
        if (order > 0 || (!c.includeMax && order === 0))
            return false;
    }
    return true;
}
/** VersionConstraint.parse. */
function parsePubConstraint(original) {
    if (original.length > MAX_RANGE_LENGTH)
        return result_err(`range is longer than ${MAX_RANGE_LENGTH} characters`);
    let text = original.trim();
    if (text === 'any')
        return result_ok({ min: null, includeMin: false, max: null, includeMax: false });
    const matchVersion = () => {
        const m = START_VERSION.exec(text);
        if (!m)
            return null;
        text = text.slice(m[0].length);
        return fromMatch(m[0], m);
    };
    if (text.startsWith('^')) {
        text = text.slice(1).trim();
        const v = matchVersion();
        if (!v)
            return result_err(`Expected version number after "^" in "${original}", got "${text}".`);
        if (!v.ok)
            return v;
        if (text !== '')
            return result_err(`Cannot include other constraints with "^" constraint in "${original}".`);
        return result_ok({ min: v.value, includeMin: true, max: firstPreRelease(nextBreaking(v.value)), includeMax: false });
    }
    let min = null;
    let max = null;
    let includeMin = false;
    let includeMax = false;
    for (;;) {
        text = text.trim();
        if (text === '')
            break;
        let lower = null;
        let upper = null;
        let lowerIncluded = false;
        let upperIncluded = false;
        const bare = matchVersion();
        if (bare) {
            if (!bare.ok)
                return bare;
            [lower, upper, lowerIncluded, upperIncluded] = [bare.value, bare.value, true, true];
        }
        else {
            const op = /^[<>]=?/.exec(text)?.[0];
            if (op === undefined)
                return result_err(`Could not parse version "${original}". Unknown text at "${text}".`);
            text = text.slice(op.length).trim();
            const v = matchVersion();
            if (!v)
                return result_err(`Expected version number after "${op}" in "${original}", got "${text}".`);
            if (!v.ok)
                return v;
            if (op.startsWith('<'))
                [upper, upperIncluded] = [v.value, op === '<='];
            else
                [lower, lowerIncluded] = [v.value, op === '>='];
        }
        if (lower) {
            if (!min || comparePubVersions(lower, min) > 0)
                [min, includeMin] = [lower, lowerIncluded];
            else if (comparePubVersions(lower, min) === 0 && !lowerIncluded)
                includeMin = false;
        }
        if (upper) {
            if (!max || comparePubVersions(upper, max) < 0)
                [max, includeMax] = [upper, upperIncluded];
            else if (comparePubVersions(upper, max) === 0 && !upperIncluded)
                includeMax = false;
        }
    }
    if (!min && !max)
        return result_err('Cannot parse an empty string.');
    if (min && max) {
        const order = comparePubVersions(min, max);
        if (order > 0)
            return result_ok(null);
        if (order === 0)
            return result_ok(includeMin && includeMax ? { min, includeMin: true, max, includeMax: true } : null);
    }
    return result_ok(versionRange(min, includeMin, max, includeMax));
}
function pub_parseRange(text, syntax) {
    // Advisory syntax: `||` between pub constraints (and `&&` read as pub's own space-joined intersection).
    const pieces = syntax === 'advisory' ? text.split('||').map((p) => p.replaceAll('&&', ' ')) : [text];
    const constraints = [];
    for (const piece of pieces) {
        const c = parsePubConstraint(piece);
        if (!c.ok)
            return result_err(`"${text}" is not a valid pub version constraint: ${c.error}`);
        constraints.push(c.value);
    }
    return result_ok({ text, contains: (v) => constraints.some((c) => allows(c, v)) });
}
const pub_versioning = { parse: parsePubVersion, compare: comparePubVersions, parseRange: pub_parseRange };
const pub = {
    type: 'pub',
    aliases: [],
    // pub package names are lower-case identifiers ([a-z0-9_]); pub.dev refuses others, so lower-casing only folds
    // spellings people type by hand.
    canonicalName: (_namespace, name) => name.toLowerCase(),
    versioning: pub_versioning,
};

;// CONCATENATED MODULE: ./build/ecosystems/deb/version.js

const MAX_DEB_VERSION_LENGTH = 1024;
const isBlank = (c) => c === 32 || c === 9;
const version_isDigit = (c) => c >= 48 && c <= 57;
const version_isAlpha = (c) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
function bytes(text) {
    // eslint-disable-next-line no-control-regex
    if (/^[\x00-\x7f]*$/.test(text))
        return text;
    return String.fromCharCode(...new TextEncoder().encode(text));
}
function parseDebVersion(input) {
    if (input.length > MAX_DEB_VERSION_LENGTH)
        return result_err(`version is longer than ${MAX_DEB_VERSION_LENGTH} characters`);
    let start = 0;
    while (start < input.length && isBlank(input.charCodeAt(start)))
        start++;
    if (start === input.length)
        return result_err('version string is empty');
    let end = start;
    while (end < input.length && !isBlank(input.charCodeAt(end)))
        end++;
    for (let i = end; i < input.length; i++) {
        if (!isBlank(input.charCodeAt(i)))
            return result_err(`"${input}": version string has embedded spaces`);
    }
    let text = input.slice(start, end);
    let epoch = 0;
    const colon = text.indexOf(':');
    if (colon >= 0) {
        // strtol: an optional sign, then digits, which must run exactly up to the first colon.
        let i = 0;
        let negative = false;
        if (text[0] === '+' || text[0] === '-') {
            negative = text[0] === '-';
            i = 1;
        }
        const digitsStart = i;
        while (i < text.length && version_isDigit(text.charCodeAt(i)))
            i++;
        if (i === digitsStart)
            return result_err(`"${input}": epoch in version is empty`);
        if (i !== colon)
            return result_err(`"${input}": epoch in version is not number`);
        const digits = text.slice(digitsStart, i).replace(/^0+(?=.)/, '');
        const value = digits.length > 12 ? Infinity : Number(digits);
        if (negative && value !== 0)
            return result_err(`"${input}": epoch in version is negative`);
        if (value > 2147483647)
            return result_err(`"${input}": epoch in version is too big`);
        if (colon === text.length - 1)
            return result_err(`"${input}": nothing after colon in version number`);
        epoch = value;
        text = text.slice(colon + 1);
    }
    const hyphen = text.lastIndexOf('-');
    let upstream = text;
    let revision = '';
    if (hyphen >= 0) {
        upstream = text.slice(0, hyphen);
        revision = text.slice(hyphen + 1);
        if (revision === '')
            return result_err(`"${input}": revision number is empty`);
    }
    if (upstream === '')
        return result_err(`"${input}": version number is empty`);
    const upstreamBytes = bytes(upstream);
    const revisionBytes = bytes(revision);
    return result_ok({
        text: input,
        epoch,
        upstream: upstreamBytes,
        revision: revisionBytes,
        upstreamRuns: runs(upstreamBytes),
        revisionRuns: runs(revisionBytes),
    });
}
function runs(part) {
    const out = [];
    let i = 0;
    while (i < part.length) {
        const start = i;
        while (i < part.length && !version_isDigit(part.charCodeAt(i)))
            i++;
        out.push(part.slice(start, i));
        while (part.charCodeAt(i) === 48)
            i++;
        const digits = i;
        while (i < part.length && version_isDigit(part.charCodeAt(i)))
            i++;
        out.push(part.slice(digits, i));
    }
    return out;
}
// dpkg's order(): digits 0, letters their code, '~' below everything including the end, other bytes after
// letters. `char` is signed on the platforms Debian compares on, so a byte >= 0x80 lands between letters and
// ASCII punctuation.
function order(c) {
    // charCodeAt past the end is NaN: the end orders like a digit, 0.
    if (!(c > 57) && !(c < 48))
        return 0;
    if (version_isAlpha(c))
        return c;
    if (c === 126)
        return -1;
    return c >= 128 ? c : c + 256;
}
/** dpkg's verrevcmp, over the runs of the two parts. */
function compareRuns(a, b) {
    const n = Math.max(a.length, b.length);
    for (let k = 0; k < n; k++) {
        const x = a[k] ?? '';
        const y = b[k] ?? '';
        if (x === y)
            continue;
        if ((k & 1) === 1) {
            if (x.length !== y.length)
                return x.length < y.length ? -1 : 1;
            return x < y ? -1 : 1;
        }
        // A shorter non-digit run is followed by a digit or the end, both ordering as 0.
        const m = Math.max(x.length, y.length);
        for (let j = 0; j < m; j++) {
            const d = order(x.charCodeAt(j)) - order(y.charCodeAt(j));
            if (d !== 0)
                return d < 0 ? -1 : 1;
        }
    }
    return 0;
}
function compareDebVersions(a, b) {
    if (a.epoch !== b.epoch)
        return a.epoch < b.epoch ? -1 : 1;
    return compareRuns(a.upstreamRuns, b.upstreamRuns) || compareRuns(a.revisionRuns, b.revisionRuns);
}

;// CONCATENATED MODULE: ./build/ecosystems/shared/os-range.js

const MAX_OS_RANGE_LENGTH = 4096;
const OPERATOR_CHARS = '<>=~!';
const os_range_isSpace = (c) => c === ' ' || c === '\t' || c === '\n' || c === '\r';
const ends = (c) => os_range_isSpace(c) || c === ',' || c === '|' || c === '(' || c === ')';
function parseOperatorRange(text, syntax, parse, holds) {
    if (text.length > MAX_OS_RANGE_LENGTH)
        return result_err(`range is longer than ${MAX_OS_RANGE_LENGTH} characters`);
    const alternatives = [];
    let current = [];
    let i = 0;
    const close = () => {
        if (current.length === 0)
            return result_err(`range "${text}" has an empty alternative`);
        alternatives.push(current);
        current = [];
        return result_ok(true);
    };
    while (i < text.length) {
        const c = text[i];
        if (os_range_isSpace(c) || c === ',' || c === '(' || c === ')') {
            i++;
            continue;
        }
        if (c === '|') {
            i += text[i + 1] === '|' ? 2 : 1;
            const closed = close();
            if (!closed.ok)
                return closed;
            continue;
        }
        let end = i;
        while (end < text.length && OPERATOR_CHARS.includes(text[end]))
            end++;
        const opText = text.slice(i, end);
        let op = syntax.exact;
        if (opText !== '') {
            const known = syntax.operators[opText];
            if (known === undefined)
                return result_err(`range "${text}": unknown operator "${opText}"`);
            op = known;
        }
        i = end;
        while (i < text.length && os_range_isSpace(text[i]))
            i++;
        let stop = i;
        while (stop < text.length && !ends(text[stop]))
            stop++;
        const versionText = text.slice(i, stop);
        if (versionText === '')
            return result_err(`range "${text}": operator "${opText}" has no version`);
        const version = parse(versionText);
        if (!version.ok)
            return result_err(`range "${text}": ${version.error}`);
        current.push({ op, version: version.value });
        i = stop;
    }
    const closed = close();
    if (!closed.ok)
        return closed;
    return result_ok({
        text,
        contains: (version) => alternatives.some((all) => all.every((c) => holds(c.op, version, c.version))),
    });
}
const ADVISORY_OPERATORS = {
    '<': 'lt', '<=': 'le', '=': 'eq', '==': 'eq', '>=': 'ge', '>': 'gt', '<<': 'lt', '>>': 'gt',
};
function relationHolds(relation, order) {
    switch (relation) {
        case 'lt':
            return order < 0;
        case 'le':
            return order <= 0;
        case 'eq':
            return order === 0;
        case 'ge':
            return order >= 0;
        case 'gt':
            return order > 0;
    }
}

;// CONCATENATED MODULE: ./build/ecosystems/deb/index.js


// dpkg's relations; the obsolete `<` and `>` mean `<=` and `>=` to dpkg (deb-control(5), --compare-versions),
// while in advisories (DESIGN.md 8.1) `<x` is strictly below x.
const NATIVE = {
    operators: { '<<': 'lt', '<=': 'le', '=': 'eq', '>=': 'ge', '>>': 'gt', '<': 'le', '>': 'ge' },
    exact: 'eq',
};
const ADVISORY = { operators: ADVISORY_OPERATORS, exact: 'eq' };
/** Debian packages: dpkg's version order; names are Debian source/binary package names, lower-case by policy. */
const deb = {
    type: 'deb',
    aliases: [],
    // purl-spec: the vendor namespace and the package name are case-insensitive and lower-cased.
    canonicalName: (namespace, name) => (namespace ? `${namespace}/${name}` : name).toLowerCase(),
    versioning: {
        parse: parseDebVersion,
        compare: compareDebVersions,
        parseRange: (text, syntax) => parseOperatorRange(text, syntax === 'native' ? NATIVE : ADVISORY, parseDebVersion, (relation, v, bound) => relationHolds(relation, compareDebVersions(v, bound))),
    },
};

;// CONCATENATED MODULE: ./build/ecosystems/rpm/version.js

const MAX_RPM_VERSION_LENGTH = 1024;
const rpm_version_isDigit = (c) => c >= 48 && c <= 57;
const rpm_version_isAlpha = (c) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const version_TILDE = 126;
const version_CARET = 94;
function tokens(text) {
    const out = [];
    let i = 0;
    while (i < text.length) {
        const c = text.charCodeAt(i);
        if (c === version_TILDE || c === version_CARET) {
            out.push(text[i]);
            i++;
        }
        else if (rpm_version_isDigit(c)) {
            while (text.charCodeAt(i) === 48)
                i++;
            const start = i;
            while (i < text.length && rpm_version_isDigit(text.charCodeAt(i)))
                i++;
            out.push(`N${text.slice(start, i)}`);
        }
        else if (rpm_version_isAlpha(c)) {
            const start = i;
            while (i < text.length && rpm_version_isAlpha(text.charCodeAt(i)))
                i++;
            out.push(`A${text.slice(start, i)}`);
        }
        else {
            i++;
        }
    }
    return out;
}
const ZERO_EPOCH = tokens('0');
function parseRpmVersion(text) {
    if (text === '')
        return result_err('version is empty');
    if (text.length > MAX_RPM_VERSION_LENGTH)
        return result_err(`version is longer than ${MAX_RPM_VERSION_LENGTH} characters`);
    let s = 0;
    while (s < text.length && rpm_version_isDigit(text.charCodeAt(s)))
        s++;
    const hyphen = text.lastIndexOf('-');
    const release = hyphen >= s ? text.slice(hyphen + 1) : null;
    const evEnd = hyphen >= s ? hyphen : text.length;
    const hasEpoch = text[s] === ':' && s < evEnd;
    const epoch = hasEpoch ? (s === 0 ? '0' : text.slice(0, s)) : null;
    const version = hasEpoch ? text.slice(s + 1, evEnd) : text.slice(0, evEnd);
    return result_ok({
        text,
        epoch,
        version,
        release,
        segments: {
            epoch: epoch === null ? ZERO_EPOCH : tokens(epoch),
            version: tokens(version),
            release: release === null ? null : tokens(release),
        },
    });
}
/** rpmvercmp over segments: `~` sorts before everything (even the end), `^` after the base version only. */
function compareSegments(a, b) {
    const n = Math.max(a.length, b.length);
    let k = 0;
    for (; k < n; k++) {
        const x = a[k];
        const y = b[k];
        if (x === '~' || y === '~') {
            if (x !== '~')
                return 1;
            if (y !== '~')
                return -1;
            continue;
        }
        if (x === '^' || y === '^') {
            if (x === undefined)
                return -1;
            if (y === undefined)
                return 1;
            if (x !== '^')
                return 1;
            if (y !== '^')
                return -1;
            continue;
        }
        if (x === undefined || y === undefined)
            break;
        const numeric = x.charCodeAt(0) === 78;
        // A numeric segment is newer than an alpha one (rpm bug 50977).
        if (numeric !== (y.charCodeAt(0) === 78))
            return numeric ? 1 : -1;
        if (numeric && x.length !== y.length)
            return x.length > y.length ? 1 : -1;
        if (x !== y)
            return x < y ? -1 : 1;
    }
    if (k >= a.length && k >= b.length)
        return 0;
    return k >= a.length ? -1 : 1;
}
/** rpm's rpmvercmp on two strings. */
function rpmvercmp(a, b) {
    return a === b ? 0 : compareSegments(tokens(a), tokens(b));
}
/**
 * Total order of EVRs as rpm orders rpm.ver objects (rpmverCmp): epoch (absent = 0), version, then release, an
 * absent release below any present one.
 */
function compareRpmVersions(a, b) {
    const x = a.segments;
    const y = b.segments;
    const e = compareSegments(x.epoch, y.epoch);
    if (e !== 0)
        return e;
    const v = compareSegments(x.version, y.version);
    if (v !== 0)
        return v;
    if (x.release === null || y.release === null)
        return x.release === y.release ? 0 : x.release === null ? -1 : 1;
    return compareSegments(x.release, y.release);
}
/**
 * Whether a package of this EVR satisfies `relation bound`, as rpm's dependency matching decides it (rpmverOverlap
 * with the package as an `=` provide): a release missing on either side is not compared, so `<= 1.2` holds for
 * 1.2-3 and a release-less 1.2 matches any bound on 1.2-N.
 */
function rpmRelationHolds(relation, version, bound) {
    const x = version.segments;
    const y = bound.segments;
    let sense = compareSegments(x.epoch, y.epoch);
    if (sense === 0)
        sense = compareSegments(x.version, y.version);
    if (sense === 0) {
        if (x.release !== null && y.release !== null)
            sense = compareSegments(x.release, y.release);
        else if (bound.release !== null)
            return true;
        else if (version.release !== null)
            return relation === 'le' || relation === 'eq' || relation === 'ge';
    }
    if (sense < 0)
        return relation === 'lt' || relation === 'le';
    if (sense > 0)
        return relation === 'gt' || relation === 'ge';
    return relation === 'le' || relation === 'eq' || relation === 'ge';
}

;// CONCATENATED MODULE: ./build/ecosystems/rpm/versioning.js


// rpm's own operators are the advisory ones (< <= = >= >), so both syntaxes read the same way.
const SYNTAX = { operators: ADVISORY_OPERATORS, exact: 'eq' };
/** RPM version semantics, shared by every RPM-based purl type (rpm, cbl-mariner). */
const rpmVersioning = {
    parse: parseRpmVersion,
    compare: compareRpmVersions,
    parseRange: (text, _syntax) => parseOperatorRange(text, SYNTAX, parseRpmVersion, rpmRelationHolds),
};

;// CONCATENATED MODULE: ./build/ecosystems/rpm/index.js

/** RPM packages (purl namespace = the vendor: fedora, redhat, opensuse ...), ordered as rpm 4.18 orders EVRs. */
const rpm = {
    type: 'rpm',
    aliases: [],
    // purl-spec: the vendor namespace is lower-cased, the RPM name is case-sensitive.
    canonicalName: (namespace, name) => (namespace ? `${namespace.toLowerCase()}/${name}` : name),
    versioning: rpmVersioning,
};

;// CONCATENATED MODULE: ./build/ecosystems/apk/distro.js
/**
 * Which apk-tools generation an Alpine release runs, from a purl's `distro` qualifier as SBOM tools write it:
 * syft `alpine-3.23.0`, trivy `3.23.0`, also `alpine:3.23`, `alpine 3.23`, `v3.23`. Alpine 3.23 (December 2025)
 * is the first release with apk-tools 3, and edge has run it since before that release; every earlier release
 * runs 2.x. A distro naming anything but Alpine (Wolfi, postmarketOS, Chainguard) says nothing about Alpine's
 * tools: null, and so does a text that is no release.
 */
function apkToolsOfDistro(distro) {
    const text = distro.trim().toLowerCase();
    const m = /^(?:alpine(?:linux)?[\s:_/-]*)?v?(?:(edge)|(\d{1,4})\.(\d{1,4})(?:[.\s-].*)?)$/.exec(text);
    if (!m)
        return null;
    if (m[1] === 'edge')
        return 3;
    const major = Number(m[2]);
    const minor = Number(m[3]);
    return major > 3 || (major === 3 && minor >= 23) ? 3 : 2;
}

;// CONCATENATED MODULE: ./build/ecosystems/apk/tools2.js

/**
 * apk versions as apk-tools 2.14 reads and orders them (src/version.c at tag v2.14.10: the Gentoo-style tokenizer
 * that Alpine up to 3.22 and Wolfi run). It accepts shapes apk-tools 3 refuses (`v1.2.3`, `1.2.3.r0`, `1.2.3.-r0`,
 * `1.2.3-r0-r1`), refuses `~hash` and numbers of 18 digits or more, and orders leading zeros its own way
 * (`1.00-r1` < `1.0.5-r3`, where 3.x says >). Ported from the C, token for token; version.ts is the 3.x one.
 */
// The C enum's values: the compare's "longer wins" rule compares them, so INVALID must stay below the others.
const INVALID = -1;
const DIGIT_OR_ZERO = 0;
const DIGIT = 1;
const LETTER = 2;
const SUFFIX = 3;
const SUFFIX_NO = 4;
const REVISION_NO = 5;
const tools2_END = 6;
const PRE_SUFFIXES = ['alpha', 'beta', 'pre', 'rc'];
const POST_SUFFIXES = ['cvs', 'svn', 'git', 'hg', 'p'];
const tools2_isDigit = (c) => c >= 48 && c <= 57;
const isLower = (c) => c >= 97 && c <= 122;
/** next_token: the type of what follows, advancing over a separator. Returns [type, new position]. */
function nextToken(text, at, type) {
    let n = INVALID;
    const c = text.charCodeAt(at);
    if (at >= text.length || c === 0)
        n = tools2_END;
    else if ((type === DIGIT || type === DIGIT_OR_ZERO) && isLower(c))
        n = LETTER;
    else if (type === LETTER && tools2_isDigit(c))
        n = DIGIT;
    else if (type === SUFFIX && tools2_isDigit(c))
        n = SUFFIX_NO;
    else {
        if (c === 46 /* . */)
            n = DIGIT_OR_ZERO;
        else if (c === 95 /* _ */)
            n = SUFFIX;
        else if (c === 45 /* - */ && text.length - at > 1 && text[at + 1] === 'r') {
            n = REVISION_NO;
            at++;
        }
        at++;
    }
    if (n < type && !((n === DIGIT_OR_ZERO && type === DIGIT) || (n === SUFFIX && type === SUFFIX_NO) || (n === DIGIT && type === LETTER))) {
        n = INVALID;
    }
    return [n, at];
}
const startsWith = (text, at, word) => text.startsWith(word, at);
/** get_token: [value, type after, new position]. */
function getToken(text, at, type) {
    if (at >= text.length)
        return [0, tools2_END, at];
    let i = 0;
    let nt = INVALID;
    let v;
    if (type === DIGIT_OR_ZERO && text[at] === '0') {
        // Leading zeros: the number of extra zeros, negated; what follows them is then read as a digit token.
        while (at + i + 1 < text.length && text[at + i + 1] === '0')
            i++;
        nt = DIGIT;
        v = -i;
    }
    else
        switch (type) {
            case DIGIT_OR_ZERO:
            case DIGIT:
            case SUFFIX_NO:
            case REVISION_NO:
                while (at + i < text.length && tools2_isDigit(text.charCodeAt(at + i)))
                    i++;
                if (i >= 18)
                    return [-1, INVALID, at];
                v = i === 0 ? 0 : i <= 15 ? Number(text.slice(at, at + i)) : BigInt(text.slice(at, at + i));
                break;
            case LETTER:
                v = text.charCodeAt(at);
                i = 1;
                break;
            case SUFFIX: {
                const pre = PRE_SUFFIXES.findIndex((s) => startsWith(text, at, s));
                if (pre >= 0) {
                    v = pre - PRE_SUFFIXES.length;
                    i = PRE_SUFFIXES[pre].length;
                    break;
                }
                const post = POST_SUFFIXES.findIndex((s) => startsWith(text, at, s));
                if (post < 0)
                    return [-1, INVALID, at];
                v = post;
                i = POST_SUFFIXES[post].length;
                break;
            }
            default:
                return [-1, INVALID, at];
        }
    at += i;
    if (at >= text.length)
        return [v, tools2_END, at];
    if (nt !== INVALID)
        return [v, nt, at];
    const [next, after] = nextToken(text, at, type);
    return [v, next, after];
}
const MAX_APK_TOOLS2_LENGTH = 1024;
/** The token stream apk-tools 2.14 reads from a version, up to END or INVALID. */
function tokenize(text) {
    const values = [];
    const types = [DIGIT];
    let type = DIGIT;
    let at = 0;
    while (type !== tools2_END && type !== INVALID) {
        const [value, next, after] = getToken(text, at, type);
        values.push(value);
        types.push(next);
        type = next;
        at = after;
    }
    return { text, values, types };
}
/** apk_version_validate of 2.14; the empty string, which it lets through, is no version here. */
function parseApkTools2Version(text) {
    if (text.length > MAX_APK_TOOLS2_LENGTH)
        return result_err(`version is longer than ${MAX_APK_TOOLS2_LENGTH} characters`);
    const version = tokenize(text);
    if (text === '' || version.types[version.types.length - 1] !== tools2_END) {
        return result_err(`"${text}" is not a valid apk version (apk-tools 2.14 apk_version_validate)`);
    }
    return result_ok(version);
}
/**
 * apk_version_compare_blob_fuzzy of 2.14, over any text (`apk version -t` orders strings it does not validate).
 * `fuzzy` (the `~` operators) makes equal every pair whose compared tokens are equal, whichever is longer.
 */
function compareApkTools2(a, b, fuzzy = false) {
    let k = 0;
    let at = DIGIT;
    let bt = DIGIT;
    let av = 0;
    let bv = 0;
    while (at === bt && at !== tools2_END && at !== INVALID && av == bv) {
        av = a.values[k];
        bv = b.values[k];
        k++;
        at = a.types[k];
        bt = b.types[k];
    }
    if (av < bv)
        return -1;
    if (av > bv)
        return 1;
    if (at === bt || fuzzy)
        return 0;
    // Equal so far: the longer one is newer unless it goes on with a pre-release suffix (a negative suffix value).
    if (at === SUFFIX && a.values[k] < 0)
        return -1;
    if (bt === SUFFIX && b.values[k] < 0)
        return 1;
    if (at > bt)
        return -1;
    if (bt > at)
        return 1;
    return 0;
}
/** Any text as 2.14's compare reads it, valid or not (for pairs no validator accepts on both sides). */
const readApkTools2 = tokenize;

;// CONCATENATED MODULE: ./build/ecosystems/apk/tools3.js


/**
 * apk versions as apk-tools 3 reads and orders them (src/version.c at tag v3.0.6, the rewrite with `~hash` tokens
 * and 64-bit numbers that Alpine 3.23+ runs): `digit{.digit}...{letter}{_suffix{digits}}...{~hash}{-r#}`. A version
 * that its apk_version_validate refuses is an error (3.x's `apk version -t` refuses it too). tools2.ts is 2.14.
 */
// A plain object rather than a const enum, so the sources also run under Node's type stripping.
const Token = {
    InitialDigit: 0,
    Digit: 1,
    Letter: 2,
    Suffix: 3,
    SuffixNo: 4,
    CommitHash: 5,
    RevisionNo: 6,
    End: 7,
    Invalid: 8,
};
// Suffix order: pre-release suffixes below NONE (the release), post-release ones above.
const SUFFIX_NONE = 5;
const SUFFIXES = {
    alpha: 1, beta: 2, pre: 3, rc: 4, cvs: 6, svn: 7, git: 8, hg: 9, p: 10,
};
const MAX_APK_TOOLS3_LENGTH = 1024;
const tools3_isDigit = (c) => c >= 48 && c <= 57;
const tools3_isLower = (c) => c >= 97 && c <= 122;
const isHex = (c) => tools3_isDigit(c) || (c >= 97 && c <= 102);
const UINT64 = 1n << 64n;
function readNumber(digits) {
    if (digits.length <= 15)
        return Number(digits);
    return BigInt(digits) % UINT64;
}
function parseApkTools3Version(text) {
    if (text.length > MAX_APK_TOOLS3_LENGTH)
        return result_err(`version is longer than ${MAX_APK_TOOLS3_LENGTH} characters`);
    const tokens = [];
    const invalid = () => result_err(`"${text}" is not a valid apk version (apk-tools 3 apk_version_validate)`);
    let i = 0;
    const digits = () => {
        const start = i;
        while (i < text.length && tools3_isDigit(text.charCodeAt(i)))
            i++;
        return text.slice(start, i);
    };
    let previous = Token.InitialDigit;
    const first = digits();
    if (first === '')
        return invalid();
    tokens.push({ token: Token.InitialDigit, value: first, number: readNumber(first), suffix: 0 });
    while (i < text.length) {
        const c = text.charCodeAt(i);
        let next;
        if (tools3_isLower(c)) {
            if (previous > Token.Digit)
                return invalid();
            next = { token: Token.Letter, value: text[i], number: c, suffix: 0 };
            i++;
        }
        else if (c === 46 /* . */ || tools3_isDigit(c)) {
            if (c === 46) {
                if (previous > Token.Digit)
                    return invalid();
                i++;
            }
            let token;
            if (previous === Token.InitialDigit || previous === Token.Digit)
                token = Token.Digit;
            else if (previous === Token.Suffix)
                token = Token.SuffixNo;
            else
                return invalid();
            const value = digits();
            if (value === '')
                return invalid();
            next = { token, value, number: readNumber(value), suffix: 0 };
        }
        else if (c === 95 /* _ */) {
            if (previous > Token.SuffixNo)
                return invalid();
            const start = ++i;
            while (i < text.length && tools3_isLower(text.charCodeAt(i)))
                i++;
            const value = text.slice(start, i);
            const suffix = Object.hasOwn(SUFFIXES, value) ? SUFFIXES[value] : 0;
            if (suffix === 0)
                return invalid();
            next = { token: Token.Suffix, value, number: 0, suffix };
        }
        else if (c === 126 /* ~ */) {
            if (previous >= Token.CommitHash)
                return invalid();
            const start = ++i;
            while (i < text.length && isHex(text.charCodeAt(i)))
                i++;
            if (i === start)
                return invalid();
            next = { token: Token.CommitHash, value: text.slice(start, i), number: 0, suffix: 0 };
        }
        else if (c === 45 /* - */) {
            if (previous >= Token.RevisionNo || text[i + 1] !== 'r')
                return invalid();
            i += 2;
            const value = digits();
            if (value === '')
                return invalid();
            next = { token: Token.RevisionNo, value, number: readNumber(value), suffix: 0 };
        }
        else {
            return invalid();
        }
        tokens.push(next);
        previous = next.token;
    }
    tokens.push({ token: Token.End, value: '', number: 0, suffix: 0 });
    return result_ok({ text, tokens });
}
const tools3_order = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
// apk_blob_sort (bytes up to the shorter length, then the shorter first) is code-unit order on these ASCII digit runs.
const blobSort = compareStrings;
function tokenCompare(a, b) {
    switch (a.token) {
        case Token.Digit:
            // Gentoo's rule: a component with a leading zero compares as a string (1.02 < 1.1).
            if (a.value.charCodeAt(0) === 48 || b.value.charCodeAt(0) === 48)
                return blobSort(a.value, b.value);
            return tools3_order(a.number, b.number);
        case Token.InitialDigit:
        case Token.SuffixNo:
        case Token.RevisionNo:
        case Token.Letter:
            return tools3_order(a.number, b.number);
        case Token.Suffix:
            return tools3_order(a.suffix, b.suffix);
        default:
            return blobSort(a.value, b.value);
    }
}
/** apk_version_compare_fuzzy: with `fuzzy`, a version equals any bound it extends (`~1.2` matches 1.2.3). */
function compareApkTools3(a, b, fuzzy = false) {
    let k = 0;
    let ta = a.tokens[0];
    let tb = b.tokens[0];
    while (ta.token === tb.token && ta.token < Token.End) {
        const r = tokenCompare(ta, tb);
        if (r !== 0)
            return r;
        k++;
        ta = a.tokens[k];
        tb = b.tokens[k];
    }
    if (ta.token === tb.token)
        return 0;
    if (tb.token === Token.End && fuzzy)
        return 0;
    // Equal so far: the longer one is newer unless what it goes on with is a pre-release suffix.
    if (ta.token === Token.Suffix && ta.suffix < SUFFIX_NONE)
        return -1;
    if (tb.token === Token.Suffix && tb.suffix < SUFFIX_NONE)
        return 1;
    if (ta.token > tb.token)
        return -1;
    if (tb.token > ta.token)
        return 1;
    return 0;
}

;// CONCATENATED MODULE: ./build/ecosystems/apk/version.js



function parseApkVersion(text) {
    const v2 = parseApkTools2Version(text);
    const v3 = parseApkTools3Version(text);
    if (!v2.ok && !v3.ok)
        return result_err(`"${text}" is not a valid apk version (neither apk-tools 2.14 nor 3 accepts it)`);
    return result_ok({ text, v2: v2.ok ? v2.value : null, v3: v3.ok ? v3.value : null });
}
function compareApkVersions(a, b, fuzzy = false) {
    if (a.v2 && b.v2)
        return compareApkTools2(a.v2, b.v2, fuzzy);
    if (a.v3 && b.v3)
        return compareApkTools3(a.v3, b.v3, fuzzy);
    return compareApkTools2(a.v2 ?? readApkTools2(a.text), b.v2 ?? readApkTools2(b.text), fuzzy);
}
/**
 * The same readings ordered as apk-tools 3 orders them, for packages of a distribution that runs it (Alpine 3.23+,
 * distro.ts): both readable by 3.x: 3.x (`1.0~abc` < `1.0~abc-r1`, leading zeros compared as text, 64-bit
 * numbers); else 2.14 as in compareApkVersions, so a version apk-tools 3 refuses (`1.2.3-r0-r1`) still has a
 * place instead of silently matching nothing.
 */
function compareApkVersionsTools3First(a, b, fuzzy = false) {
    if (a.v3 && b.v3)
        return compareApkTools3(a.v3, b.v3, fuzzy);
    return compareApkVersions(a, b, fuzzy);
}

;// CONCATENATED MODULE: ./build/ecosystems/apk/versioning.js




// A dependency's operator is a mask of the answers it accepts (apk_blob_pull_dep); `~` also makes the comparison
// fuzzy (the package version may extend the bound: `~1.2` holds for 1.2.3).
const LESS = 1;
const EQUAL = 2;
const GREATER = 4;
const FUZZY = 8;
const versioning_NATIVE = {
    operators: {
        '<': LESS, '<=': LESS | EQUAL, '=<': LESS | EQUAL, '=': EQUAL, '==': EQUAL, '>=': GREATER | EQUAL,
        '=>': GREATER | EQUAL, '>': GREATER, '~': EQUAL | FUZZY, '=~': EQUAL | FUZZY, '~=': EQUAL | FUZZY,
        '<~': LESS | EQUAL | FUZZY, '>~': GREATER | EQUAL | FUZZY,
    },
    exact: EQUAL,
};
const RELATION_MASK = { lt: LESS, le: LESS | EQUAL, eq: EQUAL, ge: GREATER | EQUAL, gt: GREATER };
const versioning_ADVISORY = {
    operators: Object.fromEntries(Object.entries(ADVISORY_OPERATORS).map(([op, relation]) => [op, RELATION_MASK[relation]])),
    exact: EQUAL,
};
function versioningOf(parse, compare) {
    const holds = (mask, version, bound) => {
        const order = compare(version, bound, (mask & FUZZY) !== 0);
        return (mask & (order < 0 ? LESS : order > 0 ? GREATER : EQUAL)) !== 0;
    };
    return {
        parse,
        compare: (a, b) => compare(a, b, false),
        parseRange: (text, syntax) => parseOperatorRange(text, syntax === 'native' ? versioning_NATIVE : versioning_ADVISORY, parse, holds),
    };
}
/** apk version semantics, shared by every apk distribution (apk = Alpine, wolfi): 2.14 and 3.x (version.ts). */
const apkVersioning = versioningOf(parseApkVersion, compareApkVersions);
/** Alpine 3.23+ (apk-tools 3): 3.x where it reads both versions, else as apkVersioning (version.ts). */
const apkTools3FirstVersioning = versioningOf(parseApkVersion, compareApkVersionsTools3First);
/** apk-tools 2.14 alone (tags v2.14.x). */
const apkTools2Versioning = versioningOf(parseApkTools2Version, compareApkTools2);
/** apk-tools 3 alone (tags v3.0.x, Alpine 3.23+). */
const apkTools3Versioning = versioningOf(parseApkTools3Version, compareApkTools3);

;// CONCATENATED MODULE: ./build/ecosystems/apk/index.js


// purl-spec: the vendor namespace and the package name are case-insensitive and lower-cased.
const canonicalName = (namespace, name) => (namespace ? `${namespace}/${name}` : name).toLowerCase();
/** Packages of an Alpine release that runs apk-tools 3 (3.23+, edge): ordered as apk-tools 3 orders them. */
const alpineTools3 = {
    type: 'apk',
    aliases: [],
    canonicalName,
    versioning: apkTools3FirstVersioning,
    variant: 'apk-tools 3',
};
/** Alpine packages (purl namespace = alpine), ordered as apk-tools orders them. */
const apk = {
    type: 'apk',
    aliases: [],
    canonicalName,
    versioning: apkVersioning,
    // Only an Alpine purl: a bare `distro=3.23.0` is Alpine's numbering only under pkg:apk/alpine.
    forPurl: (namespace, qualifiers) => {
        const distro = qualifiers['distro'];
        if (namespace?.toLowerCase() !== 'alpine' || distro === undefined)
            return undefined;
        return apkToolsOfDistro(distro) === 3 ? alpineTools3 : undefined;
    },
};

;// CONCATENATED MODULE: ./build/ecosystems/wolfi/index.js

/** Wolfi packages: apk packages (`version-rEPOCH`), so apk version semantics (the same module as apk). */
const wolfi = {
    type: 'wolfi',
    aliases: [],
    // purl-spec: the vendor namespace and the package name are case-insensitive and lower-cased.
    canonicalName: (namespace, name) => (namespace ? `${namespace}/${name}` : name).toLowerCase(),
    versioning: apkVersioning,
};

;// CONCATENATED MODULE: ./build/ecosystems/cbl-mariner/index.js

/** CBL-Mariner / Azure Linux: RPM packages, so RPM version semantics (the same module as rpm). */
const cblMariner = {
    type: 'cbl-mariner',
    aliases: [],
    // purl-spec: the vendor namespace is lower-cased, the RPM name is case-sensitive.
    canonicalName: (namespace, name) => (namespace ? `${namespace.toLowerCase()}/${name}` : name),
    versioning: rpmVersioning,
};

;// CONCATENATED MODULE: ./build/ecosystems/hex/version.js

/** Longer texts are refused before any work (Hex versions are short; the limit bounds hostile input). */
const version_MAX_VERSION_LENGTH = 1024;
const version_isDigits = (s) => s.length > 0 && /^[0-9]+$/.test(s);
// `leading_zero?(<<?0, _, _::binary>>)`: a "0" followed by anything.
const leadingZero = (s) => s.length > 1 && s.charCodeAt(0) === 48;
const validIdentifier = (s) => /^[0-9A-Za-z-]*$/.test(s);
function requireDigits(s) {
    if (s === undefined || leadingZero(s) || !version_isDigits(s))
        return null;
    return BigInt(s);
}
/** optional_dot_separated: every part non-empty and made of identifier characters. */
function dotSeparated(s) {
    if (s === undefined)
        return [];
    const parts = s.split('.');
    return parts.every((p) => p !== '' && validIdentifier(p)) ? parts : null;
}
/** Version.Parser.parse_version/2; `approximate` lets the patch be missing (requirements after `~>`). */
function parseHexParts(text, approximate) {
    const plus = text.indexOf('+');
    const withPre = plus < 0 ? text : text.slice(0, plus);
    const build = plus < 0 ? undefined : text.slice(plus + 1);
    const dash = withPre.indexOf('-');
    const core = dash < 0 ? withPre : withPre.slice(0, dash);
    const preText = dash < 0 ? undefined : withPre.slice(dash + 1);
    const [majorText, minorText, patchText, next] = core.split('.');
    if (next !== undefined)
        return null;
    const major = requireDigits(majorText);
    const minor = requireDigits(minorText);
    const patch = patchText === undefined && approximate ? null : requireDigits(patchText);
    if (major === null || minor === null || (patch === null && !(patchText === undefined && approximate)))
        return null;
    const preParts = dotSeparated(preText);
    if (preParts === null || dotSeparated(build) === null)
        return null;
    const pre = [];
    for (const part of preParts) {
        if (version_isDigits(part)) {
            if (leadingZero(part))
                return null;
            pre.push(BigInt(part));
        }
        else {
            pre.push(part);
        }
    }
    return { major, minor, patch, pre };
}
function parseHexVersion(text) {
    if (text.length > version_MAX_VERSION_LENGTH)
        return result_err(`version is longer than ${version_MAX_VERSION_LENGTH} characters`);
    const parsed = parseHexParts(text, false);
    return parsed ? result_ok(parsed) : result_err(`invalid Hex (Elixir) version "${text}": expected MAJOR.MINOR.PATCH[-pre][+build]`);
}
const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
/** Erlang term order on pre-release lists: integers before binaries, element by element, a prefix first. */
function comparePre(a, b) {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
        const x = a[i];
        const y = b[i];
        if (typeof x !== typeof y)
            return typeof x === 'bigint' ? -1 : 1;
        const c = cmp(x, y);
        if (c !== 0)
            return c;
    }
    return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
}
/** Version.compare/2 (build metadata ignored). A missing patch (requirements only) reads as 0, as `~>` does. */
function compareHex(a, b) {
    const c = cmp(a.major, b.major) || cmp(a.minor, b.minor) || cmp(a.patch ?? 0n, b.patch ?? 0n);
    if (c !== 0)
        return c;
    if (a.pre.length === 0 && b.pre.length > 0)
        return 1;
    if (a.pre.length > 0 && b.pre.length === 0)
        return -1;
    return comparePre(a.pre, b.pre);
}

;// CONCATENATED MODULE: ./build/ecosystems/hex/requirement.js



// The lexer's order: longest operators first, then " or " / " and " (with their spaces), then the deprecated
// "!=" and "!" (both mean !=).
const requirement_OPERATORS = [
    ['>=', '>='], ['<=', '<='], ['~>', '~>'], ['>', '>'], ['<', '<'], ['==', '=='], [' or ', 'or'], [' and ', 'and'],
    ['!=', '!='], ['!', '!='],
];
const isWord = (t) => typeof t === 'object';
/** Version.Parser.lexer/3, tokens in source order (Elixir's accumulator holds them reversed). */
function lex(source) {
    const acc = [];
    let buffer = '';
    // maybe_prepend_buffer: a version after a comparison operator is its operand; anywhere else it gets an implicit ==.
    const flush = () => {
        if (buffer === '')
            return;
        const head = acc[acc.length - 1];
        if (head !== undefined && !isWord(head) && head !== 'and' && head !== 'or')
            acc.push({ text: buffer });
        else
            acc.push('==', { text: buffer });
        buffer = '';
    };
    let i = 0;
    outer: while (i < source.length) {
        for (const [text, token] of requirement_OPERATORS) {
            if (source.startsWith(text, i)) {
                flush();
                acc.push(token);
                i += text.length;
                continue outer;
            }
        }
        if (source[i] === ' ')
            flush();
        else
            buffer += source[i];
        i++;
    }
    flush();
    return acc;
}
/** revert_lexed/2 + validate_requirement/2: `op version (and|or op version)*`; only `~>` may omit the patch. */
function revert(tokens) {
    const clauses = [];
    const joins = [];
    // tokens are in source order here; Elixir walks its reversed accumulator from the end, which is the same check.
    let i = tokens.length;
    for (;;) {
        const version = tokens[i - 1];
        const op = tokens[i - 2];
        if (!isWord(version) || op === undefined || isWord(op) || op === 'and' || op === 'or')
            return null;
        const parsed = parseHexParts(version.text, true);
        if (!parsed || (op !== '~>' && parsed.patch === null))
            return null;
        clauses.unshift({ op, version: parsed });
        i -= 2;
        if (i === 0)
            return { clauses, joins };
        const join = tokens[i - 1];
        if (join !== 'and' && join !== 'or')
            return null;
        joins.unshift(join);
        i -= 1;
        if (i === 0)
            return null;
    }
}
const at = (major, minor) => ({ major, minor, patch: 0n, pre: [0n] });
/** Version.Requirement.match_op?/3 with allow_pre true. */
function matchOp({ op, version: req }, v) {
    const c = compareHex(v, req);
    switch (op) {
        case '==':
            return c === 0;
        case '!=':
            return c !== 0;
        case '>':
            return c > 0;
        case '>=':
            return c >= 0;
        case '<':
            return c < 0;
        case '<=':
            return c <= 0;
        case '~>':
            // `~> 2.0` is >= 2.0.0 and < 3.0.0-0; `~> 2.0.1` is >= 2.0.1 and < 2.1.0-0.
            return c >= 0 && compareHex(v, req.patch === null ? at(req.major + 1n, 0n) : at(req.major, req.minor + 1n)) < 0;
    }
}
/** Version.parse_requirement/1 then match?/2; `and` and `or` are evaluated as match_lexed?/3 does. */
function parseHexRequirement(source) {
    if (source.length > MAX_RANGE_LENGTH)
        return result_err(`requirement is longer than ${MAX_RANGE_LENGTH} characters`);
    const parsed = revert(lex(source));
    if (!parsed)
        return result_err(`invalid Elixir version requirement "${source}"`);
    const { clauses, joins } = parsed;
    return result_ok((v) => evaluateFrom(clauses, joins, 0, v));
}
/** match_lexed?/3: `acc and next` goes on left to right; `acc or rest` evaluates the whole rest on its own. */
function evaluateFrom(clauses, joins, start, v) {
    let acc = matchOp(clauses[start], v);
    for (let i = start; i < joins.length; i++) {
        const next = matchOp(clauses[i + 1], v);
        if (joins[i] === 'and')
            acc = acc && next;
        else
            return acc || evaluateFrom(clauses, joins, i + 1, v);
    }
    return acc;
}

;// CONCATENATED MODULE: ./build/ecosystems/hex/index.js





function hex_parseRange(text, syntax) {
    // advisory: DESIGN.md 8.1 (`||` between alternatives, spaces between comparators) over Elixir's order.
    if (syntax === 'advisory')
        return parseOrderAdvisoryRange(text, parseHexVersion, compareHex);
    // native: a mix.exs requirement (`~> 1.2`, `>= 1.0.0 and < 2.0.0 or == 3.0.0`), read by Elixir's own rules.
    const requirement = parseHexRequirement(text);
    return requirement.ok ? result_ok({ text, contains: requirement.value }) : requirement;
}
const hex_versioning = { parse: parseHexVersion, compare: compareHex, parseRange: hex_parseRange };
const hex = {
    type: 'hex',
    aliases: ['hexpm'],
    // hex.pm package names are lower-case ([a-z][a-z0-9_]*; it refuses others), and the purl spec says hex names and
    // the organisation namespace "must be lowercased": lower-casing folds hand-typed spellings onto the package.
    canonicalName: (namespace, name) => (namespace ? `${namespace}/${name}` : name).toLowerCase(),
    versioning: hex_versioning,
    // packageurl-js lower-cases hex namespaces and names (purl-type.js `hex`), so only lower-case segments come back.
    plainPurl: { segment: LOWER_CASE_SEGMENT, namespace: 'optional' },
};

;// CONCATENATED MODULE: ./build/ecosystems/cocoapods/version.js

/** Longer texts are refused before any work; the limit bounds hostile input. */
const cocoapods_version_MAX_VERSION_LENGTH = 1024;
// Ruby's `\s` is ASCII only.
const version_isSpace = (c) => c === 32 || (c >= 9 && c <= 13);
const cocoapods_version_isDigit = (c) => c >= 48 && c <= 57;
const cocoapods_version_isAlpha = (c) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** `[0-9a-zA-Z\-]`, the characters of a dot-separated segment. */
const isWordChar = (c) => cocoapods_version_isDigit(c) || cocoapods_version_isAlpha(c) || c === 45;
/** `[0-9a-zA-Z\-\.]`, METADATA_PATTERN's characters. */
const isMetaChar = (c) => isWordChar(c) || c === 46;
function version_stripRuby(s) {
    let start = 0;
    let end = s.length;
    while (start < end && version_isSpace(s.charCodeAt(start)))
        start++;
    while (end > start && version_isSpace(s.charCodeAt(end - 1)))
        end--;
    return s.slice(start, end);
}
/** `[0-9]+(\.[0-9a-zA-Z\-]+)*`: digits, then dot-separated non-empty segments. */
function isCore(s) {
    const pieces = s.split('.');
    const first = pieces[0];
    if (first === '' || ![...first].every((c) => cocoapods_version_isDigit(c.charCodeAt(0))))
        return false;
    return pieces.every((p) => p !== '' && [...p].every((c) => isWordChar(c.charCodeAt(0))));
}
/**
 * Text between two `+` of `(VERSION_PATTERN)*`: the previous unit's metadata (non-empty) followed by the next unit's
 * core, i.e. some suffix `[0-9]+(\.[0-9a-zA-Z\-]+)*` with at least one character before it.
 */
function isMetadataThenCore(s) {
    if (![...s].every((c) => isMetaChar(c.charCodeAt(0))))
        return false;
    const pieces = s.split('.');
    // Pieces after the one the core starts in must be non-empty; the core starts at a digit ending that piece at latest.
    let lastEmpty = -1;
    pieces.forEach((p, i) => {
        if (p === '')
            lastEmpty = i;
    });
    for (let k = Math.max(lastEmpty, 0); k < pieces.length; k++) {
        const piece = pieces[k];
        if (piece === '' || !cocoapods_version_isDigit(piece.charCodeAt(piece.length - 1)))
            continue;
        if (k > 0 || piece.length > 1)
            return true;
    }
    return false;
}
/**
 * Version.correct?: `\A\s*([0-9]+(\.[0-9a-zA-Z\-]+)*(\+[0-9a-zA-Z\-\.]+)?)*\s*\z`, without a regex so the work
 * stays linear. The repetition only matters after metadata: "1.0+a1+b" is "1.0+a" then "1+b".
 */
function isPodVersionText(stripped) {
    if (stripped === '')
        return true;
    const groups = stripped.split('+');
    if (!isCore(groups[0]))
        return false;
    if (groups.length === 1)
        return true;
    const last = groups[groups.length - 1];
    if (last === '' || ![...last].every((c) => isMetaChar(c.charCodeAt(0))))
        return false;
    return groups.slice(1, -1).every(isMetadataThenCore);
}
function version_normalDigits(d) {
    let i = 0;
    while (i < d.length - 1 && d.charCodeAt(i) === 48)
        i++;
    return i === 0 ? d : d.slice(i);
}
/** `scan(/[0-9]+|[a-z]+/i)`, numbers as digit strings. */
function version_scan(text) {
    const out = [];
    let i = 0;
    while (i < text.length) {
        const start = i;
        if (cocoapods_version_isDigit(text.charCodeAt(i))) {
            while (i < text.length && cocoapods_version_isDigit(text.charCodeAt(i)))
                i++;
            out.push({ n: version_normalDigits(text.slice(start, i)) });
        }
        else if (cocoapods_version_isAlpha(text.charCodeAt(i))) {
            while (i < text.length && cocoapods_version_isAlpha(text.charCodeAt(i)))
                i++;
            out.push({ s: text.slice(start, i) });
        }
        else {
            i++;
        }
    }
    return out;
}
const version_isZero = (s) => 'n' in s && s.n === '0';
/** Builds the compared parts of a valid, stripped version text. */
function buildPodVersion(text) {
    // `sub(/(\+[0-9a-zA-Z\-\.]+)$/, '')`: the leftmost match reaching the end is the last `+` group.
    const plus = text.lastIndexOf('+');
    const comparable = plus < 0 ? text : text.slice(0, plus);
    const segments = version_scan(comparable);
    const firstString = segments.findIndex((s) => 's' in s);
    const split = firstString < 0 ? segments.length : firstString;
    const numeric = segments.slice(0, split);
    while (numeric.length > 0 && version_isZero(numeric[numeric.length - 1]))
        numeric.pop();
    let prerelease = false;
    for (let i = 0; i < comparable.length && !prerelease; i++) {
        const c = comparable.charCodeAt(i);
        prerelease = cocoapods_version_isAlpha(c) || c === 45;
    }
    return { text, numeric, pre: segments.slice(split), segments, prerelease };
}
function parsePodVersion(input) {
    if (input.length > cocoapods_version_MAX_VERSION_LENGTH)
        return result_err(`version is longer than ${cocoapods_version_MAX_VERSION_LENGTH} characters`);
    const stripped = version_stripRuby(input);
    if (!isPodVersionText(stripped))
        return result_err(`invalid CocoaPods version "${input}"`);
    return result_ok(buildPodVersion(stripped));
}
const version_compareDigits = (a, b) => a.length !== b.length ? (a.length < b.length ? -1 : 1) : a < b ? -1 : a > b ? 1 : 0;
/** Ruby `<=>` on two segments; mixed kinds give nil, which compare_segments settles with a number first. */
function version_compareSegment(a, b) {
    if ('n' in a)
        return 'n' in b ? version_compareDigits(a.n, b.n) : -1;
    if ('n' in b)
        return 1;
    return a.s < b.s ? -1 : a.s > b.s ? 1 : 0;
}
/** compare_segments' inner proc: a missing segment is smaller, except first in the pre-release part (a release). */
function version_compareLists(x, y, prerelease) {
    const limit = Math.max(x.length, y.length);
    for (let i = 0; i < limit; i++) {
        const lhs = x[i];
        const rhs = y[i];
        if (lhs === undefined)
            return prerelease && i === 0 ? 1 : -1;
        if (rhs === undefined)
            return prerelease && i === 0 ? -1 : 1;
        const c = version_compareSegment(lhs, rhs);
        if (c !== 0)
            return c;
    }
    return 0;
}
/** Pod::Version#compare_segments: what `==`, `>=`, `<=` and `!=` use; 0 for "1.0" and "1.0.0+build". */
function comparePod(a, b) {
    if (a.text === b.text)
        return 0;
    const numeric = version_compareLists(a.numeric, b.numeric, false);
    return numeric !== 0 ? numeric : version_compareLists(a.pre, b.pre, true);
}
/** Pod::Version#<=>: compare_segments, ties broken by the text; what `<`, `>` (Comparable) and sorting use. */
function comparePodStrict(a, b) {
    const c = comparePod(a, b);
    if (c !== 0)
        return c;
    // Ruby String#<=> compares bytes; for these ASCII texts UTF-16 code units agree.
    return a.text < b.text ? -1 : a.text > b.text ? 1 : 0;
}

;// CONCATENATED MODULE: ./build/ecosystems/cocoapods/requirement.js


// Longest first: the PATTERN's alternation backtracks to the operator that leaves a version behind.
const cocoapods_requirement_OPERATORS = ['~>', '>=', '<=', '!=', '=', '>', '<'];
/** A single `[0-9]+(\.[0-9a-zA-Z\-]+)*(\+[0-9a-zA-Z\-\.]+)?` (no repetition in Requirement::PATTERN). */
function isSingleVersion(s) {
    const plus = s.indexOf('+');
    const core = plus < 0 ? s : s.slice(0, plus);
    const meta = plus < 0 ? null : s.slice(plus + 1);
    const pieces = core.split('.');
    if (!/^[0-9]+$/.test(pieces[0]))
        return false;
    if (!pieces.every((p) => /^[0-9a-zA-Z-]+$/.test(p)))
        return false;
    return meta === null || /^[0-9a-zA-Z.-]+$/.test(meta);
}
// `segments.pop while segments.any? { |s| String === s }` keeps exactly the part before the first string.
function requirement_numericPrefix(segments) {
    const out = [];
    for (const s of segments) {
        if (!('n' in s))
            break;
        out.push(s.n);
    }
    return out;
}
/** Gem::Version#release as Pod::Version inherits it (with Pod's own `prerelease?` and `segments`). */
function requirement_releaseOf(v) {
    return v.prerelease ? buildPodVersion(requirement_numericPrefix(v.segments).join('.')) : v;
}
/** Gem::Version#bump: drop strings and the last number, add one to the new last number. */
function requirement_bumpOf(v) {
    const segments = requirement_numericPrefix(v.segments);
    if (segments.length > 1)
        segments.pop();
    const last = segments[segments.length - 1];
    // Ruby raises (nil.succ) for a version without numbers; only "" is one, and no requirement can hold it.
    if (last === undefined)
        return null;
    segments[segments.length - 1] = (BigInt(last) + 1n).toString();
    return buildPodVersion(segments.join('.'));
}
function parsePodRequirement(text) {
    const stripped = version_stripRuby(text);
    const operator = cocoapods_requirement_OPERATORS.find((op) => stripped.startsWith(op) && isSingleVersion(version_stripRuby(stripped.slice(op.length))));
    const rest = operator ? version_stripRuby(stripped.slice(operator.length)) : stripped;
    if (!operator && !isSingleVersion(rest))
        return result_err(`invalid CocoaPods requirement "${text}"`);
    const r = buildPodVersion(rest);
    switch (operator ?? '=') {
        case '=':
            return result_ok((v) => comparePod(v, r) === 0);
        case '!=':
            return result_ok((v) => comparePod(v, r) !== 0);
        // `>` and `<` come from Comparable, so they see <=> and its tie-break by text ("1.0.0" > "1.0").
        case '>':
            return result_ok((v) => comparePodStrict(v, r) > 0);
        case '<':
            return result_ok((v) => comparePodStrict(v, r) < 0);
        case '>=':
            return result_ok((v) => comparePod(v, r) >= 0);
        case '<=':
            return result_ok((v) => comparePod(v, r) <= 0);
        default: {
            const bump = requirement_bumpOf(r);
            return result_ok((v) => comparePod(v, r) >= 0 && bump !== null && comparePodStrict(requirement_releaseOf(v), bump) < 0);
        }
    }
}
/** Pod::Requirement.new(*list): every requirement must hold; none at all means `>= 0`. */
function parsePodRequirementList(parts) {
    const tests = [];
    for (const part of parts) {
        const parsed = parsePodRequirement(part);
        if (!parsed.ok)
            return parsed;
        tests.push(parsed.value);
    }
    return result_ok((v) => tests.every((t) => t(v)));
}

;// CONCATENATED MODULE: ./build/ecosystems/cocoapods/index.js





// One constraint inside an advisory alternative: an optional operator, then a version (no spaces inside).
const cocoapods_CONSTRAINT = /\s*(~>|>=|<=|!=|=|>|<)?\s*([^\s,<>=!~|]+)\s*/y;
/** The constraints of one advisory alternative, joined by commas and/or spaces (`>= 1.0, < 1.2` or `>=1.0 <1.2`). */
function cocoapods_splitConstraints(text) {
    const out = [];
    for (const piece of text.split(',')) {
        cocoapods_CONSTRAINT.lastIndex = 0;
        let count = 0;
        while (cocoapods_CONSTRAINT.lastIndex < piece.length) {
            const m = cocoapods_CONSTRAINT.exec(piece);
            if (!m)
                return undefined;
            out.push(`${m[1] ?? '='} ${m[2]}`);
            count++;
        }
        if (count === 0)
            return undefined;
    }
    return out;
}
function cocoapods_parseRange(text, syntax) {
    if (text.length > MAX_RANGE_LENGTH)
        return result_err(`range is longer than ${MAX_RANGE_LENGTH} characters`);
    if (syntax === 'native') {
        // `Pod::Requirement.new(*text.split(",", -1))`: a Podfile / Podfile.lock requirement list ("~> 1.0, < 1.5").
        const list = parsePodRequirementList(text === '' ? [] : text.split(','));
        return list.ok ? result_ok({ text, contains: list.value }) : list;
    }
    // PMDB affected_range (DESIGN.md 8.1): `||` between alternatives, each a requirement list.
    const alternatives = [];
    for (const part of text.split('||')) {
        const constraints = cocoapods_splitConstraints(part);
        const list = constraints ? parsePodRequirementList(constraints) : undefined;
        if (!list?.ok) {
            const why = list && !list.ok ? `: ${list.error}` : ': an empty or malformed alternative';
            return result_err(`invalid cocoapods affected_range "${text}"${why}`);
        }
        alternatives.push(list.value);
    }
    return result_ok({ text, contains: (v) => alternatives.some((t) => t(v)) });
}
const cocoapods_versioning = { parse: parsePodVersion, compare: comparePod, parseRange: cocoapods_parseRange };
const cocoapods = {
    type: 'cocoapods',
    aliases: [],
    // Pod names are case-sensitive (trunk and the Specs repo key pods by exact name; the purl spec says so too). A
    // subspec "Firebase/Core" is part of the pod "Firebase": CocoaPods resolves, versions and locks it as that pod
    // (Specification#root_name), and the purl writes it as the subpath of pkg:cocoapods/Firebase.
    canonicalName: (_namespace, name) => {
        const slash = name.indexOf('/');
        return slash < 0 ? name : name.slice(0, slash);
    },
    versioning: cocoapods_versioning,
    // packageurl-js keeps cocoapods names as written (no normalisation for the type); no namespace.
    plainPurl: { segment: CASED_SEGMENT, namespace: 'none' },
};

;// CONCATENATED MODULE: ./build/ecosystems/cran/version.js

/** Longer texts are refused before any work; the limit bounds hostile input. */
const cran_version_MAX_VERSION_LENGTH = 1024;
const version_INT_MAX = 2147483647;
// `^([[:digit:]]+[.-]){1,}[[:digit:]]+$` (valid_package_version); linear, no backtracking.
const PACKAGE_VERSION = /^[0-9]+(?:[.-][0-9]+)+$/;
function parseCranVersion(text) {
    if (text.length > cran_version_MAX_VERSION_LENGTH)
        return result_err(`version is longer than ${cran_version_MAX_VERSION_LENGTH} characters`);
    if (!PACKAGE_VERSION.test(text))
        return result_err(`invalid R package version "${text}": expected numbers separated by "." or "-", at least two`);
    const components = [];
    for (const digits of text.split(/[.-]/)) {
        // as.integer(): leading zeros are fine, a value beyond 2^31-1 is NA.
        const trimmed = digits.replace(/^0+(?=.)/, '');
        if (trimmed.length > 10 || Number(trimmed) > version_INT_MAX)
            return result_err(`R package version "${text}" has a number larger than R's integers`);
        components.push(Number(trimmed));
    }
    return result_ok({ text, components });
}
/** Ops.numeric_version: component by component, zeros where one version is shorter. */
function compareCran(a, b) {
    const n = Math.max(a.components.length, b.components.length);
    for (let i = 0; i < n; i++) {
        const x = a.components[i] ?? 0;
        const y = b.components[i] ?? 0;
        if (x !== y)
            return x < y ? -1 : 1;
    }
    return 0;
}

;// CONCATENATED MODULE: ./build/ecosystems/cran/index.js




const cran_OPS = new Set(['<', '<=', '>', '>=', '==', '!=']);
// tools:::.split_op_version's second pattern, `[[:space:]]*([[<>=!]+)[[:space:]]+(.*)`, where only a match at the
// start leaves a usable operator (anything before it would become part of the operator).
const CONDITION = /^[ \t\n\v\f\r]*([[<>=!]+)[ \t\n\v\f\r]+([^]*)$/;
function cran_holds(op, order) {
    switch (op) {
        case '<':
            return order < 0;
        case '<=':
            return order <= 0;
        case '>':
            return order > 0;
        case '>=':
            return order >= 0;
        case '==':
            return order === 0;
        case '!=':
            return order !== 0;
    }
}
/**
 * One condition as a DESCRIPTION dependency writes it in parentheses (`>= 1.2-3`), read as
 * tools:::.split_op_version("pkg (<condition>)") reads it: up to the first `)`, an operator, spaces, a version.
 */
function parseCondition(part) {
    const close = part.indexOf(')');
    const inside = close < 0 ? part : part.slice(0, close);
    const m = inside === '' ? null : CONDITION.exec(inside);
    if (!m || !cran_OPS.has(m[1]))
        return result_err(`"${part}" is not an R dependency condition ("op version", e.g. ">= 1.2-3")`);
    const version = parseCranVersion(m[2]);
    if (!version.ok)
        return version;
    const op = m[1];
    const target = version.value;
    return result_ok((v) => cran_holds(op, compareCran(v, target)));
}
function cran_parseRange(text, syntax) {
    // advisory: DESIGN.md 8.1 (`||` between alternatives, spaces between comparators) over R's order.
    if (syntax === 'advisory')
        return parseOrderAdvisoryRange(text, parseCranVersion, compareCran);
    if (text.length > MAX_RANGE_LENGTH)
        return result_err(`range is longer than ${MAX_RANGE_LENGTH} characters`);
    // native: conditions joined by commas, each as written inside a dependency's parentheses (`>= 1.0, < 2.0`).
    const tests = [];
    for (const part of text.split(',')) {
        const condition = parseCondition(part);
        if (!condition.ok)
            return result_err(`invalid R version range "${text}": ${condition.error}`);
        tests.push(condition.value);
    }
    return result_ok({ text, contains: (v) => tests.every((t) => t(v)) });
}
const cran_versioning = { parse: parseCranVersion, compare: compareCran, parseRange: cran_parseRange };
const cran = {
    type: 'cran',
    aliases: [],
    // As-is: R package names are case-sensitive (library(), install.packages() and CRAN's package index match them
    // exactly, and the purl spec keeps them so), so folding case would merge different packages.
    canonicalName: (_namespace, name) => name,
    versioning: cran_versioning,
    // packageurl-js keeps cran names as written; it requires a version, which a plain purl always has.
    plainPurl: { segment: CASED_SEGMENT, namespace: 'none' },
};

;// CONCATENATED MODULE: ./build/ecosystems/bioconductor/index.js

/**
 * Bioconductor R packages (`pkg:bioconductor/Biobase@2.64.0`, as renv.lock's `Source: Bioconductor`, OSV's
 * "Bioconductor" ecosystem and SBOM tools write them; the purl-spec type list has no definition of its own yet).
 * They are R packages installed by the same R: names as-is (case-sensitive, no namespace) and versions compared as
 * R's package_version, which is what cran's module implements, so its versioning is reused rather than copied.
 * Bioconductor's x.y.z numbering (odd y in devel) is a release convention, not a different order.
 */
const bioconductor = {
    type: 'bioconductor',
    aliases: [],
    canonicalName: cran.canonicalName,
    versioning: cran.versioning,
    plainPurl: cran.plainPurl,
};

;// CONCATENATED MODULE: ./build/ecosystems/registry.js




















/** The one list of ecosystems. A conformance test checks every module under src/ecosystems/ is here. */
const registry_ecosystems = [
    npm, pypi, maven, gem, golang, nuget, composer, cargo, conan, swift, pub, deb, rpm, apk, wolfi, cblMariner,
    hex, cocoapods, cran, bioconductor,
];
const byName = new Map();
for (const ecosystem of registry_ecosystems) {
    for (const name of [ecosystem.type, ...ecosystem.aliases])
        byName.set(name.toLowerCase(), ecosystem);
}
/** The ecosystem for a purl type or registry alias (packagist, rubygem, go); undefined when unsupported. */
function registry_ecosystemFor(typeOrAlias) {
    return byName.get(typeOrAlias.toLowerCase());
}

;// CONCATENATED MODULE: ./build/ecosystems/versions.js


/** Parsed values kept per text; the oldest half is dropped when full, so memory stays bounded on endless input. */
class BoundedCache {
    capacity;
    map = new Map();
    constructor(capacity) {
        this.capacity = capacity;
    }
    get(key, make) {
        const hit = this.map.get(key);
        if (hit !== undefined || this.map.has(key))
            return hit;
        const value = make();
        if (this.map.size >= this.capacity) {
            let drop = this.capacity >> 1;
            for (const k of this.map.keys()) {
                if (drop-- <= 0)
                    break;
                this.map.delete(k);
            }
        }
        this.map.set(key, value);
        return value;
    }
}
function versionTool(ecosystem, cacheSize = 10_000) {
    const versions = new BoundedCache(cacheSize);
    const ranges = new BoundedCache(cacheSize);
    const { versioning } = ecosystem;
    const parse = (text) => versions.get(text, () => versioning.parse(text));
    const range = (text, syntax = 'native') => ranges.get(`${syntax}\u0000${text}`, () => versioning.parseRange(text, syntax));
    return {
        ecosystem,
        range,
        compare(a, b) {
            const x = parse(a);
            if (!x.ok)
                return x;
            const y = parse(b);
            if (!y.ok)
                return y;
            return result_ok(versioning.compare(x.value, y.value));
        },
        satisfies(version, text, syntax = 'native') {
            const v = parse(version);
            if (!v.ok)
                return v;
            const r = range(text, syntax);
            if (!r.ok)
                return r;
            return result_ok(r.value.contains(v.value));
        },
    };
}
/** The tool for a purl type or registry alias; an error naming the type when it is not supported. */
function versionToolFor(typeOrAlias) {
    const ecosystem = ecosystemFor(typeOrAlias);
    if (!ecosystem)
        return err(`unknown package type "${typeOrAlias}"`);
    return ok(versionTool(ecosystem));
}
/** One-off questions; use versionTool for many. */
function versions_compareVersions(type, a, b) {
    const tool = versionToolFor(type);
    return tool.ok ? tool.value.compare(a, b) : tool;
}
function versions_satisfies(type, version, range, syntax = 'native') {
    const tool = versionToolFor(type);
    return tool.ok ? tool.value.satisfies(version, range, syntax) : tool;
}

;// CONCATENATED MODULE: ./build/ecosystems/shared/osv-range.js



const KINDS = ['introduced', 'fixed', 'last_affected', 'limit'];
/** OSV writes Go versions without the `v` and a few npm records with it; SemVer 2.0 itself has none. */
const semverOrder = {
    parse: (text) => parseSemVer2(text.startsWith('v') ? text.slice(1) : text),
    compare: compareSemVer2,
};
/** OSV writes Go versions without their `v` in ECOSYSTEM ranges too ("3.15.0"); the module version has it. */
function withoutV(versioning) {
    return {
        parse(text) {
            const direct = versioning.parse(text);
            if (direct.ok || text.startsWith('v'))
                return direct;
            const prefixed = versioning.parse(`v${text}`);
            return prefixed.ok ? prefixed : direct;
        },
        compare: versioning.compare,
    };
}
function eventsEvaluator(range, order, where) {
    const events = [];
    for (const [i, raw] of range.events.entries()) {
        const kinds = KINDS.filter((k) => typeof raw[k] === 'string');
        if (kinds.length !== 1)
            return result_err(`${where}/events/${i}: an event has exactly one of ${KINDS.join(', ')}`);
        const kind = kinds[0];
        const text = raw[kind];
        if ((kind === 'introduced' && text === '0') || (kind === 'limit' && text === '*')) {
            events.push({ kind, version: null });
            continue;
        }
        const version = order.parse(text);
        if (!version.ok)
            return result_err(`${where}/events/${i}: ${version.error}`);
        events.push({ kind, version: version.value });
    }
    const position = (e) => (e.version !== null ? 0 : e.kind === 'introduced' ? -1 : 1);
    const sorted = events
        .filter((e) => e.kind !== 'limit')
        .sort((a, b) => position(a) - position(b) || (a.version !== null && b.version !== null ? order.compare(a.version, b.version) : 0));
    const limits = events.filter((e) => e.kind === 'limit');
    return result_ok({
        contains(text) {
            const parsed = order.parse(text);
            if (!parsed.ok)
                return false;
            const v = parsed.value;
            if (limits.length > 0 && !limits.some((l) => l.version === null || order.compare(v, l.version) < 0))
                return false;
            let affected = false;
            for (const e of sorted) {
                const c = e.version === null ? 1 : order.compare(v, e.version);
                if (e.kind === 'introduced' && c >= 0)
                    affected = true;
                else if (e.kind === 'fixed' && c >= 0)
                    affected = false;
                else if (e.kind === 'last_affected' && c > 0)
                    affected = false;
            }
            return affected;
        },
    });
}
/**
 * Builds the range of one `affected[]` entry for an ecosystem. The result takes version text (each range type
 * parses it its own way); a version that does not parse for a range is outside that range. Errors name the JSON
 * place of the first unusable event.
 */
function osvRange(ecosystem, affected, place = '') {
    const evaluators = [];
    for (const [i, range] of (affected.ranges ?? []).entries()) {
        const where = `${place}/ranges/${i}`;
        if (range.type === 'GIT')
            continue;
        if (!Array.isArray(range.events))
            return result_err(`${where}: "events" is not a list`);
        const order = range.type === 'SEMVER' ? semverOrder : range.type === 'ECOSYSTEM' ? withoutV(ecosystem.versioning) : null;
        if (!order)
            return result_err(`${where}: unknown range type "${range.type}"`);
        const evaluator = eventsEvaluator(range, order, where);
        if (!evaluator.ok)
            return evaluator;
        evaluators.push(evaluator.value);
    }
    const listed = new Set(affected.versions ?? []);
    const listedParsed = [...listed].map((t) => ecosystem.versioning.parse(t)).flatMap((r) => (r.ok ? [r.value] : []));
    const inList = (text) => {
        if (listed.has(text))
            return true;
        if (listedParsed.length === 0)
            return false;
        const v = ecosystem.versioning.parse(text);
        return v.ok && listedParsed.some((l) => ecosystem.versioning.compare(v.value, l) === 0);
    };
    const description = `OSV ranges (${evaluators.length}) and versions (${listed.size})`;
    return result_ok({ text: description, contains: (text) => inList(text) || evaluators.some((e) => e.contains(text)) });
}
/** OSV ecosystem names whose lower-case form is not a purl type or a registered alias. */
const OSV_NAMES = {
    rubygems: 'gem',
    debian: 'deb',
    ubuntu: 'deb',
    alpine: 'apk',
    'azure linux': 'cbl-mariner',
    mariner: 'cbl-mariner',
    'red hat': 'rpm',
};
/** The ecosystem of an OSV `affected[].package.ecosystem` ("PyPI", "crates.io", "Debian:12", "Go"). */
function ecosystemForOsv(name) {
    const base = name.split(':')[0].toLowerCase();
    return ecosystemFor(OSV_NAMES[base] ?? base);
}

// EXTERNAL MODULE: ./node_modules/packageurl-js/index.js
var packageurl_js = __nccwpck_require__(7091);
;// CONCATENATED MODULE: ./build/ecosystems/shared/purl-semantics.js


/**
 * The semantics to compare a package's versions with: the type's own, or the variant its purl selects
 * (Ecosystem.forPurl: apk-tools 3 for `pkg:apk/alpine/...?distro=alpine-3.23`). The purl is parsed only for the
 * types that have variants; an unparsable purl gets the type's own. Undefined: no ecosystem module for the type.
 */
function purlSemantics(type, purl) {
    const ecosystem = registry_ecosystemFor(type);
    if (!ecosystem)
        return undefined;
    const own = { key: type, ecosystem };
    if (!ecosystem.forPurl || !purl)
        return own;
    let parsed;
    try {
        parsed = packageurl_js.PackageURL.fromString(purl);
    }
    catch {
        return own;
    }
    const variant = ecosystem.forPurl(parsed.namespace ?? null, (parsed.qualifiers ?? {}));
    return variant ? { key: `${type}+${variant.variant ?? 'variant'}`, ecosystem: variant } : own;
}
/** Whether a type's purls can select other semantics: callers skip per-purl work for every other type. */
function hasPurlVariants(type) {
    return registry_ecosystemFor(type)?.forPurl !== undefined;
}

;// CONCATENATED MODULE: ./build/metadata/match/versions-api.js
/**
 * The one place src/metadata reaches into src/ecosystems: the registry, the version tools and the OSV range
 * evaluator. Another change reorganises that folder; only these imports move with it.
 */





;// CONCATENATED MODULE: ./build/metadata/match/affected.js


/**
 * Builds the test of one affected package with its ecosystem's semantics: the PMDB `affected_range` in the
 * type's advisory syntax (DESIGN.md 8.1), or OSV events and explicit lists. Tools and ranges are cached per
 * type and range text, so 500,000 stored rows cost one parse per distinct range. Where a package's purl selects
 * other semantics (apk-tools 3 for Alpine 3.23+, Ecosystem.forPurl), its tests and order are that variant's, cached
 * apart under the variant's key.
 */
class AffectedRanges {
    tools = new Map();
    tests = new WeakMap();
    /** Per semantics, per kind ("[1.0]" is a Maven range and JSON too), per text. */
    byText = new Map();
    tool(type, purl) {
        const semantics = this.semantics(type, purl);
        if (!semantics)
            return null;
        let tool = this.tools.get(semantics.key);
        if (tool === undefined) {
            tool = versionTool(semantics.ecosystem, 50_000);
            this.tools.set(semantics.key, tool);
        }
        return tool;
    }
    byPurl = new Map();
    variants = new Map();
    /** The semantics for a package; a purl is parsed once, and only for types whose purls can select a variant. */
    semantics(type, purl) {
        let variants = this.variants.get(type);
        if (variants === undefined)
            this.variants.set(type, (variants = hasPurlVariants(type)));
        const key = purl && variants ? purl : type;
        let found = this.byPurl.get(key);
        if (found === undefined) {
            found = purlSemantics(type, key === type ? null : purl) ?? null;
            if (this.byPurl.size > 100_000)
                this.byPurl.clear();
            this.byPurl.set(key, found);
        }
        return found ?? undefined;
    }
    test(pkg) {
        const cached = this.tests.get(pkg);
        if (cached)
            return cached;
        const result = this.testText(pkg.type, versionsText(pkg));
        this.tests.set(pkg, result);
        return result;
    }
    /** The test of an affected package for one dependency's purl: the variant's when the purl selects one. */
    testFor(pkg, purl) {
        return hasPurlVariants(pkg.type) ? this.testText(pkg.type, versionsText(pkg), purl) : this.test(pkg);
    }
    /** The test of versions in their stored text form; one per distinct (semantics, text). */
    testText(type, versions, purl) {
        return this.testOf(type, versions.kind, versions.text, purl);
    }
    /** testText with the versions taken apart, as a store hands candidate rows over. */
    testOf(type, kind, text, purl) {
        const key = this.semantics(type, purl)?.key ?? type;
        let kinds = this.byText.get(key);
        if (!kinds)
            this.byText.set(key, (kinds = { pmdb: new Map(), osv: new Map() }));
        const byType = kind === 'osv' ? kinds.osv : kinds.pmdb;
        let result = byType.get(text);
        if (!result) {
            result = this.build(type, { kind, text }, purl);
            if (byType.size > 100_000)
                byType.clear();
            byType.set(text, result);
        }
        return result;
    }
    build(type, versions, purl) {
        const tool = this.tool(type, purl);
        if (!tool)
            return { ok: false, error: `package type "${type}" has no version semantics in depindex` };
        if (versions.kind === 'osv') {
            let affected;
            try {
                affected = JSON.parse(versions.text);
            }
            catch {
                return { ok: false, error: 'stored OSV ranges are not JSON' };
            }
            const range = osvRange(tool.ecosystem, affected);
            return range.ok ? { ok: true, value: (v) => range.value.contains(v) } : range;
        }
        const range = tool.range(versions.text, 'advisory');
        if (!range.ok)
            return range;
        const contains = range.value.contains.bind(range.value);
        const parse = this.parser(this.semantics(type, purl)?.key ?? type, tool);
        return {
            ok: true,
            value: (v) => {
                const parsed = parse(v);
                return parsed !== undefined && contains(parsed);
            },
        };
    }
    parsers = new Map();
    /** Each version text parsed once per semantics (undefined: it does not parse). */
    parser(key, tool) {
        let parse = this.parsers.get(key);
        if (!parse) {
            const cache = new Map();
            const unparsable = Symbol('unparsable');
            parse = (text) => {
                let found = cache.get(text);
                if (found === undefined) {
                    const r = tool.ecosystem.versioning.parse(text);
                    found = r.ok ? r.value : unparsable;
                    if (cache.size > 200_000)
                        cache.clear();
                    cache.set(text, found);
                }
                return found === unparsable ? undefined : found;
            };
            this.parsers.set(key, parse);
        }
        return parse;
    }
    /** Fixed versions sorted in the ecosystem's order (unparsable ones last, as written), and the smallest above `current`. */
    remediation(type, fixed, current, purl) {
        const tool = this.tool(type, purl);
        const unique = [...new Set(fixed)];
        if (!tool)
            return { sorted: unique, next: null };
        const parsable = unique.filter((f) => tool.compare(f, f).ok);
        const rest = unique.filter((f) => !parsable.includes(f));
        parsable.sort((a, b) => tool.compare(a, b).value);
        const next = parsable.find((f) => {
            const c = tool.compare(f, current);
            return c.ok && c.value > 0;
        });
        return { sorted: [...parsable, ...rest], next: next ?? null };
    }
}

;// CONCATENATED MODULE: ./build/metadata/records/identifiers.js
/** The identifier type of an id by its shape: CVE-, GHSA-, PYSEC-, GO-, RUSTSEC- ...; lower case. */
function identifierType(id) {
    const upper = id.toUpperCase();
    if (upper.startsWith('CVE-'))
        return 'cve';
    if (upper.startsWith('GHSA-'))
        return 'ghsa';
    const dash = id.indexOf('-');
    return dash > 0 ? id.slice(0, dash).toLowerCase() : 'osv';
}
function urlFor(type, id) {
    if (type === 'cve')
        return `https://nvd.nist.gov/vuln/detail/${encodeURIComponent(id)}`;
    if (type === 'ghsa')
        return `https://github.com/advisories/${encodeURIComponent(id)}`;
    return null;
}
function identifierFor(id) {
    const type = identifierType(id);
    return { type, name: id, value: id, url: urlFor(type, id) };
}
/** Identifiers deduplicated by value (case-insensitive), first spelling kept, in the order given. */
function uniqueIdentifiers(list) {
    const seen = new Set();
    return list.filter((i) => {
        const key = i.value.toUpperCase();
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}

;// CONCATENATED MODULE: ./build/metadata/match/aliases.js

/** Every name an advisory answers to, upper case: its id and its identifiers (CVE, GHSA, PYSEC ...). */
function namesOf(advisory) {
    return [advisory.id, ...advisory.identifiers.map((i) => i.value)].map((n) => n.toUpperCase());
}
/**
 * The hits of one dependency that are one vulnerability under several names merged into one: a GHSA record and
 * the PMDB advisory of its CVE, PYSEC and GHSA records of one CVE (synced from several sources). osv-scanner groups
 * its results by aliases the same way; one finding per vulnerability is what a reader and a policy count. Hits
 * sharing any name are one group (transitively). The advisory with the smallest id speaks for the group (so the
 * finding's id and fingerprint stay put from run to run); it gains the others' ids and identifiers, their CVSS
 * vectors where it has none, their URLs, and their packages (so every fixed version counts for remediation). A
 * dependency with one hit, or hits without shared names, is returned as it came. Pure.
 */
function mergeAliased(hits) {
    if (hits.length < 2)
        return [...hits];
    const parent = hits.map((_, i) => i);
    const root = (i) => {
        while (parent[i] !== i)
            i = parent[i] = parent[parent[i]];
        return i;
    };
    const owner = new Map();
    hits.forEach((hit, i) => {
        for (const name of namesOf(hit.advisory)) {
            const seen = owner.get(name);
            if (seen === undefined)
                owner.set(name, i);
            else
                parent[root(i)] = root(seen);
        }
    });
    const groups = new Map();
    hits.forEach((hit, i) => {
        const r = root(i);
        const group = groups.get(r);
        if (group)
            group.push(hit);
        else
            groups.set(r, [hit]);
    });
    if (groups.size === hits.length)
        return [...hits];
    return [...groups.values()].map((group) => {
        if (group.length === 1)
            return group[0];
        const [first, ...others] = [...group].sort((a, b) => (a.advisory.id < b.advisory.id ? -1 : a.advisory.id > b.advisory.id ? 1 : 0));
        const pick = (field) => first.advisory[field] ?? others.find((h) => h.advisory[field] !== null)?.advisory[field] ?? null;
        const advisory = {
            ...first.advisory,
            cvssV2: pick('cvssV2'),
            cvssV3: pick('cvssV3'),
            cvssV4: pick('cvssV4'),
            urls: [...new Set([...first.advisory.urls, ...others.flatMap((h) => h.advisory.urls)])],
            identifiers: uniqueIdentifiers([
                ...first.advisory.identifiers,
                ...others.flatMap((h) => [identifierFor(h.advisory.id), ...h.advisory.identifiers]),
            ]),
        };
        return { advisory, packages: [...first.packages, ...others.flatMap((h) => h.packages)] };
    });
}

// EXTERNAL MODULE: ./node_modules/ae-cvss-calculator/dist/ae-cvss-calculator.js
var ae_cvss_calculator = __nccwpck_require__(4353);
;// CONCATENATED MODULE: ./build/metadata/match/cvss.js

const { Cvss2, Cvss3P0, Cvss3P1, Cvss4P0 } = ae_cvss_calculator;
/** The CVSS version a vector declares; v2 vectors carry no prefix. */
function versionOf(vector) {
    const match = /^CVSS:(\d\.\d)\//.exec(vector);
    if (match)
        return match[1];
    return /^AV:[LAN]\/AC:[HML]\/Au:/.test(vector) ? '2.0' : null;
}
/**
 * A vector with its base score computed by the metaeffekt CVSS calculator (FIRST's formulas for 2.0, 3.0,
 * 3.1 and 4.0). A vector the calculator cannot read keeps a null score rather than failing the match.
 */
function cvssScore(vector) {
    let score = scores.get(vector);
    if (!score) {
        const version = versionOf(vector.trim());
        score = { version: version ?? 'unknown', vector, baseScore: baseScoreOf(version, vector) };
        // Advisories share few distinct vectors; the calculator costs far more than the lookup.
        if (scores.size > 10_000)
            scores.clear();
        scores.set(vector, score);
    }
    return score;
}
const scores = new Map();
function baseScoreOf(version, vector) {
    try {
        const calculator = version === '2.0' ? new Cvss2(vector) : version === '3.0' ? new Cvss3P0(vector) : version === '3.1' ? new Cvss3P1(vector) : version === '4.0' ? new Cvss4P0(vector) : null;
        const base = calculator?.calculateScores().base;
        return typeof base === 'number' && Number.isFinite(base) ? base : null;
    }
    catch {
        return null;
    }
}
/** FIRST's qualitative ratings: v3 and v4 (None 0, Low 0.1-3.9, Medium 4-6.9, High 7-8.9, Critical 9-10); v2 has no Critical. */
function severityOfScore(score) {
    const s = score.baseScore;
    if (s === null)
        return null;
    if (score.version === '2.0')
        return s >= 7 ? 'high' : s >= 4 ? 'medium' : 'low';
    if (s >= 9)
        return 'critical';
    if (s >= 7)
        return 'high';
    if (s >= 4)
        return 'medium';
    if (s > 0)
        return 'low';
    return 'info';
}
/** The rating of the newest CVSS version that has a score (v4 over v3.x over v2). */
function severityOfScores(scores) {
    const rank = (v) => (v === '4.0' ? 4 : v.startsWith('3.') ? 3 : v === '2.0' ? 2 : 0);
    const best = [...scores].filter((s) => s.baseScore !== null).sort((a, b) => rank(b.version) - rank(a.version))[0];
    return best ? severityOfScore(best) : null;
}

;// CONCATENATED MODULE: ./build/metadata/match/distro-codenames.json
const distro_codenames_namespaceObject = /*#__PURE__*/JSON.parse('{"buzz":"debian 1.1","rex":"debian 1.2","bo":"debian 1.3","hamm":"debian 2.0","slink":"debian 2.1","potato":"debian 2.2","woody":"debian 3.0","sarge":"debian 3.1","etch":"debian 4.0","lenny":"debian 5.0","squeeze":"debian 6.0","wheezy":"debian 7","jessie":"debian 8","stretch":"debian 9","buster":"debian 10","bullseye":"debian 11","bookworm":"debian 12","trixie":"debian 13","forky":"debian 14","duke":"debian 15","warty":"ubuntu 4.10","hoary":"ubuntu 5.04","breezy":"ubuntu 5.10","dapper":"ubuntu 6.06","edgy":"ubuntu 6.10","feisty":"ubuntu 7.04","gutsy":"ubuntu 7.10","hardy":"ubuntu 8.04","intrepid":"ubuntu 8.10","jaunty":"ubuntu 9.04","karmic":"ubuntu 9.10","lucid":"ubuntu 10.04","maverick":"ubuntu 10.10","natty":"ubuntu 11.04","oneiric":"ubuntu 11.10","precise":"ubuntu 12.04","quantal":"ubuntu 12.10","raring":"ubuntu 13.04","saucy":"ubuntu 13.10","trusty":"ubuntu 14.04","utopic":"ubuntu 14.10","vivid":"ubuntu 15.04","wily":"ubuntu 15.10","xenial":"ubuntu 16.04","yakkety":"ubuntu 16.10","zesty":"ubuntu 17.04","artful":"ubuntu 17.10","bionic":"ubuntu 18.04","cosmic":"ubuntu 18.10","disco":"ubuntu 19.04","eoan":"ubuntu 19.10","focal":"ubuntu 20.04","groovy":"ubuntu 20.10","hirsute":"ubuntu 21.04","impish":"ubuntu 21.10","jammy":"ubuntu 22.04","kinetic":"ubuntu 22.10","lunar":"ubuntu 23.04","mantic":"ubuntu 23.10","noble":"ubuntu 24.04","oracular":"ubuntu 24.10","plucky":"ubuntu 25.04","questing":"ubuntu 25.10","resolute":"ubuntu 26.04"}');
;// CONCATENATED MODULE: ./build/metadata/match/distro.js


/**
 * Debian and Ubuntu release codenames to "<vendor> <version>", from distro-info-data (the table the distributions'
 * own tools read; scripts/reference/distro/generate.mjs writes it). The purl spec's own example says
 * `distro=jessie`; advisories say "debian 8" (PMDB) or "Debian:8" (OSV).
 */
const CODENAMES = distro_codenames_namespaceObject;
/**
 * "Debian 12", "debian-12", "alpine:v3.18", "bookworm", "debian-bookworm", OSV's "Ubuntu:22.04:LTS" -> "debian
 * 12", "alpine 3.18", "ubuntu 22.04": one spelling to compare.
 */
function normalDistro(text) {
    const words = text.toLowerCase().replace(/[\s\-_:/]+/g, ' ').replace(/ v(?=\d)/, ' ').trim().replace(/ lts$/, '');
    const space = words.lastIndexOf(' ');
    const named = Object.hasOwn(CODENAMES, words.slice(space + 1)) ? CODENAMES[words.slice(space + 1)] : undefined;
    // A codename alone, or after its own vendor ("debian bookworm"); "ubuntu bookworm" is left as written.
    if (named !== undefined && (space < 0 || named.startsWith(`${words.slice(0, space)} `)))
        return named;
    return words;
}
/** The distribution of an OS package from its purl's `distro` qualifier; null when the purl does not say. */
function dependencyDistro(dependency) {
    try {
        const distro = packageurl_js.PackageURL.fromString(dependency.purl).qualifiers?.['distro'];
        return distro ? normalDistro(distro) : null;
    }
    catch {
        return null;
    }
}
/**
 * Whether an advisory entry for `advisoryDistro` applies to an OS package: the same distribution and release
 * ("alpine 3.18" covers "alpine 3.18.4"). When the purl names no release, the vendor in its namespace decides
 * (pkg:deb/debian/... is some Debian), so the package is not silently left out.
 */
function distroApplies(advisoryDistro, dependency, known) {
    if (advisoryDistro === null)
        return true;
    const wanted = normalDistro(advisoryDistro);
    if (known !== null)
        return known === wanted || known.startsWith(`${wanted}.`);
    const vendor = dependency.namespace?.toLowerCase();
    return vendor !== undefined && wanted.split(' ')[0] === vendor;
}

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./build/checks/fingerprint.js

/**
 * The stable id of a finding: a hash of what makes it the same finding (kind, dependency file, purl with
 * version, and the rule or advisory behind it), never of run-specific things (time, order, message wording),
 * so the same finding has the same id across runs, machines, input order, and between a pipeline and a rescan.
 * `key` is the rule's own identity ("deny:pkg:npm/left-pad"), the advisory id, or the changed value.
 */
function fingerprint(kind, file, purl, key) {
    // crypto.hash: the one-shot form of createHash, without a Hash object per finding (thousands on a large scan).
    return (0,external_node_crypto_namespaceObject.hash)('sha256', JSON.stringify([kind, file, purl, key]), 'hex').slice(0, 32);
}

;// CONCATENATED MODULE: ./build/metadata/match/fingerprint.js

/**
 * The id of a vulnerability finding from synced advisories: the one fingerprint of every finding
 * (checks/fingerprint.ts) with the advisory id as its key, so an advisory reported by the input and the same
 * advisory matched from the metadata, in a pipeline or a rescan, give the same id.
 */
function vulnerabilityFingerprint(advisoryId, file, purl) {
    return fingerprint('vulnerability', file, purl, advisoryId);
}

;// CONCATENATED MODULE: ./build/metadata/match/introduced-by.js
/**
 * For each vulnerable purl, the introduced (direct) dependencies that bring it in: walking up the graph from it,
 * stopping at introduced dependencies. A set whose input says nothing about direct dependencies uses its graph's
 * roots. Each query visits every node at most once.
 */
function introducedByFinder(set) {
    let parents = null;
    let isStart = null;
    const build = () => {
        parents = new Map();
        for (const [from, tos] of set.graph.edges) {
            for (const to of tos) {
                const list = parents.get(to);
                if (list)
                    list.push(from);
                else
                    parents.set(to, [from]);
            }
        }
        const introduced = new Set(set.dependencies.filter((d) => d.introduced === true).map((d) => d.purl));
        const known = set.dependencies.some((d) => d.introduced !== null);
        const p = parents;
        isStart = known ? (purl) => introduced.has(purl) : (purl) => !p.has(purl);
    };
    return (purl) => {
        if (!parents)
            build();
        const up = parents;
        const start = isStart;
        const found = new Set();
        const seen = new Set([purl]);
        const queue = [purl];
        for (let i = 0; i < queue.length; i++) {
            const node = queue[i];
            if (start(node)) {
                found.add(node);
                continue;
            }
            for (const parent of up.get(node) ?? []) {
                if (seen.has(parent))
                    continue;
                seen.add(parent);
                queue.push(parent);
            }
        }
        return [...found].sort();
    };
}

// EXTERNAL MODULE: ./node_modules/spdx-expression-parse/index.js
var spdx_expression_parse = __nccwpck_require__(3326);
;// CONCATENATED MODULE: ./build/model/spdx-expression.js

/** The expression, or null when the text is not one (a license name as written, "Apache License 2.0"). */
function parseSpdxExpression(text) {
    try {
        return spdx_expression_parse(text);
    }
    catch {
        return null;
    }
}
/** The expression when it holds more than one license id: a conjunction (AND, OR), an exception (WITH), or parentheses. */
function parseCompoundExpression(text) {
    // A compound needs a space or a parenthesis (the parser separates tokens by nothing else): skip the parse for plain ids.
    if (!text.includes(' ') && !text.includes('('))
        return null;
    const expression = parseSpdxExpression(text);
    if (expression === null)
        return null;
    return 'conjunction' in expression || expression.exception !== undefined || text.includes('(') ? expression : null;
}
function isCompoundExpression(text) {
    return parseCompoundExpression(text) !== null;
}

;// CONCATENATED MODULE: ./build/store/keys.js



/**
 * The derived search keys both stores write and query with, so SQLite and Elasticsearch agree on what
 * "django finds Django" and "--group acme" mean (DESIGN.md 4 and 6).
 */
/** "group/sub/project" -> ["group", "group/sub"]: the namespaces a group search matches exactly. */
function projectNamespaces(project) {
    const parts = project.split('/');
    const out = [];
    for (let i = 1; i < parts.length; i++)
        out.push(parts.slice(0, i).join('/'));
    return out;
}
/** The name without its namespace: Dependency.name joins them with "/" ("@types/node" -> "node"). */
function bareName(namespace, name) {
    return namespace && name.startsWith(namespace + '/') ? name.slice(namespace.length + 1) : name;
}
function fallbackKey(namespace, name) {
    return (namespace ? `${namespace}/${name}` : name).toLowerCase();
}
/**
 * The stored name key: the ecosystem's canonical name, lower-cased because search is case-insensitive
 * everywhere (DESIGN.md 4). Types without an ecosystem module fall back to the lower-cased full name.
 */
function canonicalKey(type, namespace, name) {
    const bare = bareName(namespace, name);
    const ecosystem = registry_ecosystemFor(type);
    if (!ecosystem)
        return fallbackKey(namespace, bare);
    try {
        return ecosystem.canonicalName(namespace, bare).toLowerCase();
    }
    catch {
        return fallbackKey(namespace, bare);
    }
}
/**
 * Types whose name is searched without its namespace too: Maven (people search for `log4j-core`, not
 * `org.apache.logging.log4j:log4j-core`) and generic (an SBOM component's group is rarely known to whoever
 * searches). Other types have none: a bare `node` finding `@types/node` would be noise rather than help.
 */
const SHORT_NAMED = new Set(['maven', 'generic']);
/** The second name key: the name without its namespace, lower-cased, for SHORT_NAMED types (issue #15). */
function shortKey(type, namespace, name) {
    if (!SHORT_NAMED.has(type) || !namespace)
        return null;
    return bareName(namespace, name).toLowerCase();
}
/** Only SHORT_NAMED types have a short key: matching it under another type is wasted work. */
function mayBeArtifactId(type) {
    return type === undefined || SHORT_NAMED.has(type);
}
/** The ways a typed name splits into namespace and name: "a/b/c" at the last "/", "g:a" (Maven) at the ":". */
function splits(text) {
    const out = [[null, text]];
    const slash = text.lastIndexOf('/');
    if (slash > 0 && slash < text.length - 1)
        out.push([text.slice(0, slash), text.slice(slash + 1)]);
    const colon = text.indexOf(':');
    if (colon > 0 && colon < text.length - 1 && colon === text.lastIndexOf(':')) {
        out.push([text.slice(0, colon), text.slice(colon + 1)]);
    }
    return out;
}
/**
 * The name keys a searched name can match. With a type, the ecosystem's canonical forms of the text; without
 * one, the canonical forms under every ecosystem's rules plus the lower-cased text and its PEP 503 form, so
 * `requests_oauthlib` finds `requests-oauthlib` whatever the type.
 */
function nameKeys(text, type) {
    const trimmed = text.trim();
    const keys = new Set();
    const candidates = type === undefined ? registry_ecosystems.map((e) => e.type) : [type];
    for (const t of candidates) {
        for (const [namespace, name] of splits(trimmed))
            keys.add(canonicalKey(t, namespace, name));
    }
    if (type === undefined) {
        keys.add(trimmed.toLowerCase());
        keys.add(pep503Name(trimmed));
    }
    return [...keys].sort();
}
/** The license ids and exceptions of an expression tree, as written ("GPL-2.0+" keeps its plus). */
function leaves(expression, out) {
    if ('conjunction' in expression) {
        leaves(expression.left, out);
        leaves(expression.right, out);
        return out;
    }
    out.push(expression.plus ? `${expression.license}+` : expression.license);
    if (expression.exception !== undefined)
        out.push(expression.exception);
    return out;
}
/**
 * License keys for search: each license as written, lower-cased, plus the ids inside a compound SPDX
 * expression, so `--license mit` finds "MIT OR Apache-2.0" (read with spdx-expression-parse), and the words of
 * text written like one that is not valid SPDX ("BSD or MIT"). A license name as written is one key.
 */
function licenseKeys(licenses) {
    if (!licenses)
        return [];
    const keys = new Set();
    for (const license of licenses) {
        const trimmed = license.trim();
        if (trimmed === '')
            continue;
        keys.add(trimmed.toLowerCase());
        const expression = parseCompoundExpression(trimmed);
        if (expression !== null)
            for (const id of leaves(expression, []))
                keys.add(id.toLowerCase());
        else
            for (const word of looseWords(trimmed.toLowerCase()))
                keys.add(word);
    }
    return [...keys].sort();
}
const LOOSE_OPERATORS = new Set(['and', 'or', 'with']);
/**
 * Text written like an expression that is not one ("BSD or MIT", "MIT OR Some-Custom": inputs write such
 * things): its words, so `--license mit` still finds it. A name without operators or parentheses ("Apache
 * License 2.0") gives none: it is one key, not three words.
 */
function looseWords(lower) {
    const words = lower.split(/[\s()]+/).filter((w) => w !== '');
    if (!lower.includes('(') && !words.some((w) => LOOSE_OPERATORS.has(w)))
        return [];
    return words.filter((w) => !LOOSE_OPERATORS.has(w));
}
/** The search key of a license filter. */
function licenseKey(license) {
    return license.trim().toLowerCase();
}

;// CONCATENATED MODULE: ./build/metadata/search/os-package.js

/**
 * The names an OS package answers to in advisories. Debian and Alpine advisories (OSV, PMDB) name the source
 * package; an image's SBOM lists binary packages and carries the source in the purl's `upstream` qualifier
 * (syft writes "util-linux@2.25.2-6" when the source version differs from the binary's, "openssl" for an Alpine
 * origin). Null when the purl does not parse. Pure.
 */
function osPackageNames(purl) {
    let parsed;
    try {
        parsed = packageurl_js.PackageURL.fromString(purl);
    }
    catch {
        return null;
    }
    const upstream = parsed.qualifiers?.['upstream']?.trim();
    if (!upstream)
        return { name: parsed.name.toLowerCase(), source: null };
    const at = upstream.indexOf('@');
    const source = at > 0 ? { name: upstream.slice(0, at).toLowerCase(), version: upstream.slice(at + 1) || null } : { name: upstream.toLowerCase(), version: null };
    return { name: parsed.name.toLowerCase(), source };
}
/**
 * The version to test against an advisory entry for `advisoryName`: the source version when the entry names the
 * source package (a binNMU "4.3-11+b1" or an epoch "1:2.25.2-6" belongs to the binary only), the package's own
 * otherwise; null when the package is not the one the entry names.
 */
function versionFor(advisoryName, names, version) {
    const wanted = advisoryName.toLowerCase();
    if (names.source && names.source.name === wanted)
        return names.source.version ?? version;
    return names.name === wanted ? version : null;
}

;// CONCATENATED MODULE: ./build/metadata/match/package-key.js



/**
 * OS package types: advisories name the source or binary package alone ("openssl") and qualify it by `distro`;
 * the purl's namespace is the vendor ("debian"), so the key is the bare name.
 */
const OS_TYPES = new Set(['deb', 'rpm', 'apk', 'wolfi', 'cbl-mariner']);
const isOsType = (type) => OS_TYPES.has(type);
function bare(namespace, name) {
    return namespace && name.startsWith(namespace + '/') ? name.slice(namespace.length + 1) : name;
}
/** The key of a package name as an advisory or licence record writes it ("org.slf4j/slf4j-api", "@babel/core"). */
function recordPackageKey(type, name) {
    if (isOsType(type))
        return { type, key: name.toLowerCase() };
    const [namespace, rest] = registry_ecosystemFor(type)?.splitName?.(name) ?? [null, name];
    return { type, key: canonicalKey(type, namespace, namespace ? `${namespace}/${rest}` : rest) };
}
/** The key of a dependency: the same canonical name the index stores, so both agree on "Django is django". */
function dependencyKey(dependency) {
    const { type, namespace, name } = dependency;
    if (isOsType(type))
        return { type, key: bare(namespace, name).toLowerCase() };
    return { type, key: canonicalKey(type, namespace, name) };
}
function indexKeys(sets) {
    const places = new Map();
    const keys = [];
    // Most dependencies of a scan share their type with the one before: its names are at hand without a lookup.
    let lastType = null;
    let lastNames = new Map();
    const placeOf = (key) => {
        if (key.type !== lastType) {
            let byName = places.get(key.type);
            if (!byName)
                places.set(key.type, (byName = new Map()));
            [lastType, lastNames] = [key.type, byName];
        }
        let place = lastNames.get(key.key);
        if (place === undefined) {
            place = keys.length;
            keys.push(key);
            lastNames.set(key.key, place);
        }
        return place;
    };
    const sources = [];
    const at = sets.map((set) => {
        const of = new Int32Array(set.dependencies.length);
        let fromSource = null;
        set.dependencies.forEach((dependency, i) => {
            const key = dependencyKey(dependency);
            of[i] = placeOf(key);
            // Only OS packages whose purl names a source: the purl is parsed for those alone.
            if (!isOsType(key.type) || !dependency.purl.includes('upstream='))
                return;
            const source = osPackageNames(dependency.purl)?.source;
            if (!source || source.name === key.key)
                return;
            (fromSource ??= [])[i] = { place: placeOf({ type: key.type, key: source.name }), version: source.version ?? dependency.version };
        });
        sources.push(fromSource);
        return of;
    });
    return { keys, at, ...(sources.some((x) => x !== null) && { sources }) };
}
/** The given index when it has the sets' shape, else one built here. */
function keyIndexFor(sets, given) {
    const fits = given !== undefined && given.at.length === sets.length && sets.every((set, i) => given.at[i]?.length === set.dependencies.length);
    return fits ? given : indexKeys(sets);
}

;// CONCATENATED MODULE: ./build/model/finding.js
/** Ordered from most to least severe; `unknown` sorts last and never fails a verdict by itself. */
const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info', 'unknown'];

;// CONCATENATED MODULE: ./build/metadata/match/severity.js

const WORDS = {
    critical: 'critical', high: 'high', medium: 'medium', moderate: 'medium', low: 'low', info: 'info', informational: 'info', negligible: 'info', none: 'info',
};
/** An advisory's own severity word as depindex's; unknown words are `unknown`, never guessed. */
function severityWord(word) {
    if (!word)
        return null;
    return WORDS[word.trim().toLowerCase()] ?? null;
}
/**
 * Priority from exploitation data (cve_enrichment): a known-exploited vulnerability (CISA KEV) is raised one
 * level and to at least `high`; one whose EPSS probability reaches `epssThreshold` is raised one level.
 * The two do not add up: exploitation evidence moves a finding up once.
 */
function raiseForExploitation(severity, exploitation, epssThreshold) {
    const kev = exploitation.knownExploited === true;
    const likely = exploitation.epss !== null && exploitation.epss >= epssThreshold;
    if (!kev && !likely)
        return severity;
    const index = SEVERITIES.indexOf(severity);
    if (severity === 'unknown')
        return kev ? 'high' : 'unknown';
    const raised = SEVERITIES[Math.max(0, index - 1)];
    if (kev && SEVERITIES.indexOf(raised) > SEVERITIES.indexOf('high'))
        return 'high';
    return raised;
}

;// CONCATENATED MODULE: ./build/metadata/match/match.js










/** `overridden_advisory_fields` of a package, for the fields a finding shows. */
function overridden(advisory, pkg) {
    const o = pkg.overrides;
    if (!o)
        return advisory;
    const pick = (key, fallback) => (typeof o[key] === 'string' ? o[key] : fallback);
    return {
        ...advisory,
        title: pick('title', advisory.title),
        cvssV2: pick('cvss_v2', advisory.cvssV2),
        cvssV3: pick('cvss_v3', advisory.cvssV3),
        cvssV4: pick('cvss_v4', advisory.cvssV4),
        severity: pick('severity', advisory.severity),
    };
}
function targetsOf(sets, index, includeDevelopment) {
    const { keys, at, sources } = index;
    const total = sets.reduce((n, set) => n + set.dependencies.length, 0);
    const head = new Int32Array(keys.length).fill(-1);
    const next = new Int32Array(total);
    const setOf = new Int32Array(total);
    const dependencies = [];
    const asked = new Uint8Array(keys.length);
    let viaSource = null;
    // Each dependency joins its place's chain at the tail, so a chain runs in the sets' own order.
    const tails = new Int32Array(keys.length).fill(-1);
    sets.forEach((set, s) => {
        const of = at[s];
        const fromSource = sources?.[s];
        set.dependencies.forEach((dependency, i) => {
            if (!includeDevelopment && dependency.development === true)
                return;
            const n = dependencies.push(dependency) - 1;
            setOf[n] = s;
            next[n] = -1;
            const place = of[i];
            asked[place] = 1;
            if (tails[place] === -1)
                head[place] = n;
            else
                next[tails[place]] = n;
            tails[place] = n;
            const source = fromSource?.[i];
            if (!source)
                return;
            viaSource ??= { head: new Int32Array(keys.length).fill(-1), next: new Int32Array(total).fill(-1), version: new Map() };
            asked[source.place] = 1;
            // Order within a source's chain does not matter: each dependency's rows are kept apart.
            viaSource.next[n] = viaSource.head[source.place];
            viaSource.head[source.place] = n;
            viaSource.version.set(n, source.version);
        });
    });
    return { targets: { sets, dependencies, setOf, head, next, viaSource }, asked };
}
/**
 * Each candidate row as the store hands it over, tested at once against the dependencies of its key (OS packages:
 * of its distribution); only the rows that match are kept, by dependency.
 */
async function matchRows(lookup, keys, asked, targets, ranges) {
    const matched = new Map();
    const distros = new Map();
    const { dependencies, head, next, viaSource } = targets;
    // The row's type is its key's, which is the dependency's (package-key.ts): only the versions and distribution differ.
    const applies = (type, distro, kind, text, n, version) => {
        const dependency = dependencies[n];
        if (isOsType(type)) {
            let known = distros.get(n);
            if (known === undefined)
                distros.set(n, (known = dependencyDistro(dependency)));
            if (!distroApplies(distro, dependency, known))
                return false;
        }
        const test = ranges.testOf(type, kind, text, dependency.purl);
        return test.ok && test.value(version);
    };
    const keep = (n) => {
        let found = matched.get(n);
        if (!found)
            matched.set(n, (found = { own: [], source: [] }));
        return found;
    };
    // A row becomes an object only when it matches.
    const visit = (place, ref, distro, kind, text) => {
        const { type } = keys[place];
        let row = null;
        const stored = () => (row ??= { ref, type, distro, versions: { kind, text } });
        for (let n = head[place]; n !== -1; n = next[n]) {
            if (applies(type, distro, kind, text, n, dependencies[n].version))
                keep(n).own.push(stored());
        }
        if (!viaSource)
            return;
        for (let n = viaSource.head[place]; n !== -1; n = viaSource.next[n]) {
            if (applies(type, distro, kind, text, n, viaSource.version.get(n)))
                keep(n).source.push(stored());
        }
    };
    const wanted = keys.filter((_, place) => asked[place] === 1);
    const placeOf = wanted.length === keys.length ? null : keys.flatMap((_, place) => (asked[place] === 1 ? [place] : []));
    const at = placeOf === null ? (place) => place : (place) => placeOf[place];
    if (lookup.affectedEach) {
        await lookup.affectedEach(wanted, (place, ref, distro, kind, text) => visit(at(place), ref, distro, kind, text));
    }
    else {
        const affected = await lookup.affectedFor(wanted);
        wanted.forEach((key, place) => {
            for (const row of affected.get(packageKeyText(key)) ?? [])
                visit(at(place), row.ref, row.distro, row.versions.kind, row.versions.text);
        });
    }
    return matched;
}
/** Matched rows grouped by advisory: one finding per (advisory, dependency), its packages' fixed versions merged. */
function hitsOf(rows, details) {
    const byAdvisory = new Map();
    for (const row of rows) {
        const found = details.get(row.ref);
        if (!found || found.advisory.withdrawn)
            continue;
        const hit = byAdvisory.get(found.advisory.id);
        if (hit)
            hit.packages.push(found.pkg);
        else
            byAdvisory.set(found.advisory.id, { advisory: overridden(found.advisory, found.pkg), packages: [found.pkg] });
    }
    return mergeAliased([...byAdvisory.values()]);
}
function cvssOf(advisory) {
    return [advisory.cvssV2, advisory.cvssV3, advisory.cvssV4].filter((v) => v !== null).map(cvssScore);
}
function cveIds(advisory) {
    return advisory.identifiers.filter((i) => i.type === 'cve' || /^CVE-/i.test(i.value)).map((i) => i.value.toUpperCase());
}
/**
 * Vulnerability findings of the given sets against the synced advisories: each dependency against the
 * advisories of its type and canonical name, with the ecosystem's version semantics (DESIGN.md 7, 8). The
 * metadata is asked once for all names of all sets, then once for the CVE enrichment of what matched.
 */
async function matchVulnerabilities(sets, lookup, options = {}) {
    const index = keyIndexFor(sets, options.keys);
    // Each distinct name is asked for once; only the names of dependencies that are matched at all.
    const { targets, asked } = targetsOf(sets, index, options.includeDevelopment ?? true);
    const ranges = new AffectedRanges();
    const rowsOf = await matchRows(lookup, index.keys, asked, targets, ranges);
    // `version`: what remediation compares fixed versions with: the source's when rows of the source matched.
    const matched = [...rowsOf.keys()].sort((a, b) => a - b).map((n) => {
        const { own, source } = rowsOf.get(n);
        const dependency = targets.dependencies[n];
        const set = targets.sets[targets.setOf[n]];
        const version = source.length > 0 ? targets.viaSource?.version.get(n) : dependency.version;
        return { set, dependency, rows: source.length > 0 ? [...own, ...source] : own, version };
    });
    if (matched.length === 0)
        return [];
    // In the store's order: consecutive reads land on pages the previous ones brought in.
    const details = await lookup.details([...new Set(matched.flatMap((m) => m.rows.map((r) => r.ref)))].sort((a, b) => a - b));
    const pending = [];
    const finders = new Map();
    for (const { set, dependency, rows, version } of matched) {
        let introducedBy = finders.get(set);
        if (!introducedBy)
            finders.set(set, (introducedBy = introducedByFinder(set)));
        for (const hit of hitsOf(rows, details))
            pending.push({ set, dependency, version, hit, introducedBy: introducedBy(dependency.purl) });
    }
    const enrichment = await lookup.enrichmentFor([...new Set(pending.flatMap((p) => cveIds(p.hit.advisory)))]);
    const epssThreshold = options.epssThreshold ?? 0.1;
    const findings = pending.map(({ set, dependency, version, hit, introducedBy }) => {
        const { advisory } = hit;
        const cvss = cvssOf(advisory);
        const exploitation = cveIds(advisory).map((id) => enrichment.get(id)).filter((e) => e !== undefined);
        const epss = exploitation.reduce((max, e) => (e.epss === null ? max : Math.max(max ?? 0, e.epss)), null);
        const knownExploited = exploitation.length === 0 ? null : exploitation.some((e) => e.knownExploited === true);
        const stated = severityWord(hit.packages.find((p) => p.severity)?.severity) ?? severityOfScores(cvss) ?? severityWord(advisory.severity) ?? 'unknown';
        const severity = raiseForExploitation(stated, { epss, knownExploited }, epssThreshold);
        const { sorted, next } = ranges.remediation(dependency.type, hit.packages.flatMap((p) => p.fixedVersions), version, dependency.purl);
        const findingAdvisory = {
            id: advisory.id,
            identifiers: advisory.identifiers,
            title: advisory.title,
            cvss,
            source: advisory.source,
            epss,
            knownExploited,
            url: advisory.urls[0] ?? advisory.identifiers.find((i) => i.url)?.url ?? null,
        };
        const title = advisory.title ? ` (${printable(advisory.title, 160)})` : '';
        const remedy = next ? `Upgrade to ${printable(next, 80)} or later.` : sorted.length > 0 ? 'No fixed version above this one is known.' : 'No fixed version is known.';
        return {
            id: vulnerabilityFingerprint(advisory.id, set.file, dependency.purl),
            kind: 'vulnerability',
            severity,
            new: true,
            suppressed: false,
            suppressedBy: null,
            file: set.file,
            purl: dependency.purl,
            name: dependency.name,
            version: dependency.version,
            message: `${dependency.name} ${dependency.version} is affected by ${printable(advisory.id, 80)}${title}. ${remedy}`,
            rule: null,
            advisory: findingAdvisory,
            fixedVersions: sorted,
            introducedBy,
        };
    });
    return findings.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.purl < b.purl ? -1 : a.purl > b.purl ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

;// CONCATENATED MODULE: external "node:sqlite"
const external_node_sqlite_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:sqlite");
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
;// CONCATENATED MODULE: ./build/store/sqlite/read-only.js




/**
 * Opens an index for reading only. A WAL-mode file needs its -shm file even to be read, which a read-only folder
 * (a restored CI cache, a read-only mount) cannot hold: SQLite then answers "attempt to write a readonly
 * database". When no -wal file holds commits the main file lacks, the file is read as immutable instead (SQLite's
 * URI parameter for media nobody writes to); otherwise the reader is told why it cannot read it yet.
 */
function openReadOnly(path, timeout) {
    let db = null;
    try {
        db = new external_node_sqlite_namespaceObject.DatabaseSync(path, { readOnly: true, timeout });
        db.prepare('SELECT count(*) FROM sqlite_schema').get();
        return result_ok(db);
    }
    catch (e) {
        db?.close();
        const text = e.message;
        if (!/readonly|read-only|unable to open/i.test(text))
            throw e;
        if (walSize(path) > 0) {
            return result_err(`the index is in a folder depindex cannot write, and its -wal file holds changes not yet in the main file; ` +
                `let a depindex scan write to it once where it can be written, or copy the folder somewhere writable`);
        }
    }
    const url = (0,external_node_url_namespaceObject.pathToFileURL)(path);
    url.searchParams.set('immutable', '1');
    const immutable = new external_node_sqlite_namespaceObject.DatabaseSync(url, { readOnly: true, timeout });
    immutable.prepare('SELECT count(*) FROM sqlite_schema').get();
    return result_ok(immutable);
}
function walSize(path) {
    try {
        return (0,external_node_fs_namespaceObject.statSync)(`${path}-wal`).size;
    }
    catch {
        return 0;
    }
}

;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: ./build/store/listing.js
/** Sets of one project, sorted by ref then file, folded into refs (both stores list projects so). */
function summariseProject(project, sets) {
    const refs = [];
    let last = '';
    for (const s of sets) {
        const previous = refs[refs.length - 1];
        if (s.scannedAt > last)
            last = s.scannedAt;
        if (previous && previous.ref === s.ref) {
            const newer = s.scannedAt > previous.lastScannedAt;
            refs[refs.length - 1] = {
                ...previous,
                commitSha: newer ? s.commitSha : previous.commitSha,
                lastScannedAt: newer ? s.scannedAt : previous.lastScannedAt,
                sets: previous.sets + 1,
                dependencies: previous.dependencies + s.dependencies,
            };
        }
        else {
            refs.push({
                ref: s.ref,
                refType: s.refType,
                defaultBranch: s.defaultBranch,
                commitSha: s.commitSha,
                lastScannedAt: s.scannedAt,
                sets: 1,
                dependencies: s.dependencies,
            });
        }
    }
    return { project, lastScannedAt: last, refs };
}

;// CONCATENATED MODULE: ./build/store/sqlite/listing.js

const SET_COLUMNS = 'project, ref, file, package_manager, format, ref_type, default_branch, commit_sha, pipeline_url, scanned_at, counts';
function toSummary(r) {
    const counts = JSON.parse(String(r.counts));
    return {
        project: String(r.project),
        ref: String(r.ref),
        file: String(r.file),
        packageManager: r.package_manager === null ? null : String(r.package_manager),
        format: String(r.format),
        refType: r.ref_type === 'tag' ? 'tag' : 'branch',
        defaultBranch: Number(r.default_branch) === 1,
        commitSha: r.commit_sha === null ? null : String(r.commit_sha),
        pipelineUrl: r.pipeline_url === null ? null : String(r.pipeline_url),
        scannedAt: String(r.scanned_at),
        dependencies: Number(counts.dependencies ?? 0),
    };
}
/**
 * The listing reads only the sets table (one row per dependency file), never the dependencies: dependency
 * counts were stored with each set when it was written.
 */
function createLister(db) {
    const scope = 'WHERE (? IS NULL OR project IN (SELECT project FROM project_namespaces WHERE namespace = ?))';
    const countProjects = db.prepare(`SELECT COUNT(DISTINCT project) AS n FROM sets ${scope}`);
    const pageProjects = db.prepare(`SELECT DISTINCT project FROM sets ${scope} ORDER BY project LIMIT ? OFFSET ?`);
    const setsOf = db.prepare(`SELECT ${SET_COLUMNS} FROM sets WHERE project IN (SELECT value FROM json_each(?)) ORDER BY project, ref, file`);
    const setsAt = db.prepare(`SELECT ${SET_COLUMNS} FROM sets WHERE project = ? AND ref = ? ORDER BY file`);
    return {
        listProjects(query) {
            const group = query.group ?? null;
            const total = Number(countProjects.get(group, group)?.n ?? 0);
            const names = pageProjects.all(group, group, query.limit, query.offset).map((r) => String(r.project));
            const byProject = new Map(names.map((n) => [n, []]));
            for (const row of setsOf.all(JSON.stringify(names))) {
                const summary = toSummary(row);
                byProject.get(summary.project)?.push(summary);
            }
            return { total, projects: names.map((n) => summariseProject(n, byProject.get(n) ?? [])) };
        },
        listSets: (project, ref) => setsAt.all(project, ref).map(toSummary),
    };
}

;// CONCATENATED MODULE: ./build/store/sqlite/findings.js


const ORDER = 'ORDER BY f.project, f.ref, f.severity_rank, f.kind, f.file, f.purl, f.id';
/** The findings table of the SQLite index: replace with memory per (project, ref), like the sets. */
function createFindingsTable(db, onRowWritten) {
    const existing = db.prepare('SELECT id, file, first_seen_at, first_commit_sha FROM findings WHERE project = ? AND ref = ?');
    const remove = db.prepare('DELETE FROM findings WHERE project = ? AND ref = ? AND id = ?');
    const upsert = db.prepare(`INSERT INTO findings (project, ref, id, kind, severity, severity_rank, suppressed, file, purl, first_seen_at, first_commit_sha, last_seen_at, body)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (project, ref, id) DO UPDATE SET kind = excluded.kind, severity = excluded.severity, severity_rank = excluded.severity_rank,
       suppressed = excluded.suppressed, file = excluded.file, purl = excluded.purl, last_seen_at = excluded.last_seen_at, body = excluded.body`);
    const addNamespace = db.prepare('INSERT OR IGNORE INTO project_namespaces (namespace, project) VALUES (?, ?)');
    const loadAll = db.prepare(`SELECT f.* FROM findings f WHERE f.project = ? AND f.ref = ? ${ORDER}`);
    function apply(context, findings, onlyFiles) {
        const now = context.scannedAt.toISOString();
        // A partial scan replaces the findings of its own files only; those of files it did not read stay.
        const scoped = onlyFiles ? new Set(onlyFiles) : null;
        const before = new Map(existing.all(context.project, context.ref).map((r) => [String(r.id), r]));
        let added = 0;
        const kept = new Set();
        for (const f of findings) {
            if (kept.has(f.id))
                continue;
            kept.add(f.id);
            if (!before.has(f.id))
                added++;
            upsert.run(context.project, context.ref, f.id, f.kind, f.severity, SEVERITIES.indexOf(f.severity), f.suppressed ? 1 : 0, f.file, f.purl, now, context.commitSha, now, JSON.stringify(f));
            onRowWritten?.();
        }
        let removed = 0;
        for (const [id, row] of before) {
            if (kept.has(id) || (scoped && !scoped.has(String(row.file))))
                continue;
            remove.run(context.project, context.ref, id);
            removed++;
        }
        for (const namespace of projectNamespaces(context.project))
            addNamespace.run(namespace, context.project);
        return { written: kept.size, added, removed };
    }
    function inTransaction(run) {
        db.exec('BEGIN IMMEDIATE');
        try {
            const done = run();
            db.exec('COMMIT');
            return done;
        }
        catch (e) {
            db.exec('ROLLBACK');
            throw e;
        }
    }
    return {
        apply,
        write: (context, findings, onlyFiles) => inTransaction(() => apply(context, findings, onlyFiles)),
        writeMany: (writes) => inTransaction(() => writes.map((w) => apply(w.context, w.findings, w.onlyFiles))),
        load: (project, ref) => loadAll.all(project, ref).map(toStored),
        search(q) {
            const clauses = [];
            const params = [];
            const add = (sql, ...values) => {
                clauses.push(sql);
                params.push(...values);
            };
            if (q.project !== undefined)
                add('f.project = ?', q.project);
            if (q.group !== undefined)
                add('f.project IN (SELECT project FROM project_namespaces WHERE namespace = ?)', q.group);
            if (q.ref !== undefined)
                add('f.ref = ?', q.ref);
            if (q.defaultBranchOnly)
                add('EXISTS (SELECT 1 FROM sets s WHERE s.project = f.project AND s.ref = f.ref AND s.default_branch = 1)');
            if (q.kind !== undefined)
                add('f.kind = ?', q.kind);
            // A severity means that severity or worse, as fail-on does.
            if (q.severity !== undefined)
                add('f.severity_rank <= ?', SEVERITIES.indexOf(q.severity));
            if (!q.includeSuppressed)
                add('f.suppressed = 0');
            const where = clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '';
            const total = Number(db.prepare(`SELECT count(*) AS n FROM findings f ${where}`).get(...params)?.n ?? 0);
            const rows = db.prepare(`SELECT f.* FROM findings f ${where} ${ORDER} LIMIT ? OFFSET ?`).all(...params, q.limit, q.offset);
            return { total, hits: rows.map(toStored) };
        },
    };
}
function toStored(r) {
    const finding = JSON.parse(String(r.body));
    return {
        ...finding,
        project: String(r.project),
        ref: String(r.ref),
        firstSeenAt: String(r.first_seen_at),
        firstCommitSha: r.first_commit_sha === null ? null : String(r.first_commit_sha),
        lastSeenAt: String(r.last_seen_at),
    };
}

;// CONCATENATED MODULE: ./build/store/sqlite/rows.js

const CONTENT_COLUMNS = [
    'type', 'namespace', 'name', 'name_key', 'short_key', 'version', 'development', 'introduced', 'licenses', 'license_keys',
    'checksums', 'source', 'optional',
];
const flag = (value) => (value === null ? null : value ? 1 : 0);
/** Keys sorted so the same checksums always give the same text, and an unchanged row compares equal. */
function sortedJson(record) {
    const sorted = {};
    for (const key of Object.keys(record).sort())
        sorted[key] = record[key] ?? '';
    return JSON.stringify(sorted);
}
function toColumns(d) {
    const keys = licenseKeys(d.licenses);
    return {
        purl: d.purl,
        type: d.type,
        namespace: d.namespace,
        name: d.name,
        name_key: canonicalKey(d.type, d.namespace, d.name),
        short_key: shortKey(d.type, d.namespace, d.name),
        version: d.version,
        development: flag(d.development),
        optional: flag(d.optional ?? null),
        introduced: flag(d.introduced),
        licenses: d.licenses === null ? null : JSON.stringify(d.licenses),
        license_keys: keys.length ? JSON.stringify(keys) : null,
        checksums: d.checksums === null ? null : sortedJson(d.checksums),
        source: d.source,
    };
}
const fromFlag = (value) => (value === null || value === undefined ? null : Number(value) === 1);
function fromJson(value) {
    return typeof value === 'string' ? JSON.parse(value) : null;
}

;// CONCATENATED MODULE: ./build/store/sqlite/load.js

/** Every set of a project at a ref, files and dependencies sorted, as the diff and checks read them. */
function createLoader(db) {
    const readSets = db.prepare('SELECT id, file, package_manager, format, commit_sha, scanned_at FROM sets WHERE project = ? AND ref = ? ORDER BY file');
    const readDependencies = db.prepare(`SELECT purl, type, namespace, name, version, introduced, development, optional, licenses, checksums, source, created_at, first_commit_sha
     FROM dependencies WHERE set_id = ? ORDER BY purl`);
    return (project, ref) => readSets.all(project, ref).map((s) => {
        const scannedAt = String(s.scanned_at);
        const dependencies = readDependencies.all(Number(s.id)).map((d) => ({
            purl: String(d.purl),
            type: String(d.type),
            namespace: d.namespace === null ? null : String(d.namespace),
            name: String(d.name),
            version: String(d.version),
            introduced: fromFlag(d.introduced),
            development: fromFlag(d.development),
            // Left out when unknown, as the scan leaves it out (graph/build.ts).
            ...(d.optional !== null && { optional: fromFlag(d.optional) }),
            licenses: fromJson(d.licenses),
            checksums: fromJson(d.checksums),
            source: d.source === null ? null : String(d.source),
            createdAt: String(d.created_at),
            firstCommitSha: d.first_commit_sha === null ? null : String(d.first_commit_sha),
            // Rows not seen in the set's last write were deleted by it, so every row was last seen then.
            lastSeenAt: scannedAt,
        }));
        return {
            project,
            ref,
            file: String(s.file),
            packageManager: s.package_manager === null ? null : String(s.package_manager),
            format: String(s.format),
            commitSha: s.commit_sha === null ? null : String(s.commit_sha),
            scannedAt,
            dependencies,
        };
    });
}

;// CONCATENATED MODULE: ./build/graph/positional-edges.js
/**
 * The positions of this graph when buildSet made them and they still number exactly these purls, in this order
 * (a set merged or reshaped since is numbered otherwise): `purlAt(i)` for i below `count`.
 */
function positionsOf(graph, count, purlAt) {
    const found = graph?.positions;
    if (!found || found.purls.length !== count)
        return null;
    for (let i = 0; i < count; i++)
        if (purlAt(i) !== found.purls[i])
            return null;
    return found;
}

;// CONCATENATED MODULE: ./build/graph/edge-codec.js


/**
 * A set's edges as stored in the index (issue 15): positions in the set's purls sorted by `compareStrings`,
 * not purls, so an edge costs about three bytes instead of two purls (~100). Both stores key by the same order,
 * which each sorts itself in JS on read: SQLite and Elasticsearch sort by UTF-8 bytes, which differs from
 * code-unit order for a few characters.
 *
 * Layout: a format byte (1), the number of purls, then per purl in order its number of targets and the targets,
 * ascending, as differences from the previous one (the first from 0); every number an unsigned LEB128 varint.
 */
const FORMAT = 1;
/** The set's purls in the order edges are numbered by: distinct, sorted by compareStrings. */
function edgeOrder(purls) {
    const out = Array.isArray(purls) ? purls : [...purls];
    // Sets come sorted and distinct from the graph stage and the stores: checked, not redone (a copy and a sort of
    // 50,000 purls was a tenth of the cost of storing a set's edges).
    for (let i = 1; i < out.length; i++) {
        if (out[i - 1] >= out[i])
            return [...new Set(out)].sort(compareStrings);
    }
    return out;
}
function indexOf(purls) {
    const index = new Map();
    for (let i = 0; i < purls.length; i++)
        index.set(purls[i], i);
    return index;
}
/** Positions of `targets` in ascending order, without `self`, repeats or purls that are not in the set. */
function targetPositions(index, self, targets, into) {
    into.length = 0;
    let sorted = true;
    for (const to of targets) {
        const b = index.get(to);
        if (b === undefined || b === self)
            continue;
        if (into.length > 0 && b <= into[into.length - 1])
            sorted = false;
        into.push(b);
    }
    if (!sorted) {
        into.sort((x, y) => x - y);
        let kept = 0;
        for (let i = 0; i < into.length; i++)
            if (i === 0 || into[i] !== into[i - 1])
                into[kept++] = into[i];
        into.length = kept;
    }
    return into;
}
/** Targets of each position, ascending; edges whose ends are not among `purls` are left out (cannot be stored). */
function edgeRows(purls, graph) {
    const rows = purls.map(() => []);
    if (!graph || graph.edges.size === 0)
        return rows;
    const index = indexOf(purls);
    for (const [from, targets] of graph.edges) {
        const a = index.get(from);
        if (a !== undefined)
            rows[a] = [...targetPositions(index, a, targets, [])];
    }
    return rows;
}
/**
 * The stored form of a set's graph over its ordered purls (layout above). From the graph stage's positions when
 * they fit, else by looking each target up: the lookups were most of the cost of storing 150,000 edges.
 */
function encodeGraph(purls, graph) {
    const positions = positionsOf(graph, purls.length, (i) => purls[i]);
    const index = positions ? null : indexOf(purls);
    let out = new Uint8Array(16 + purls.length * 2);
    let at = 0;
    const put = (value) => {
        if (at + 5 > out.length) {
            const grown = new Uint8Array(out.length * 2);
            grown.set(out);
            out = grown;
        }
        let v = value >>> 0;
        while (v >= 0x80) {
            out[at++] = (v & 0x7f) | 0x80;
            v >>>= 7;
        }
        out[at++] = v;
    };
    out[at++] = FORMAT;
    put(purls.length);
    const row = [];
    for (let i = 0; i < purls.length; i++) {
        if (positions) {
            const end = positions.offsets[i + 1];
            let previous = 0;
            put(end - positions.offsets[i]);
            for (let k = positions.offsets[i]; k < end; k++) {
                put(positions.targets[k] - previous);
                previous = positions.targets[k];
            }
            continue;
        }
        const targets = graph?.edges.get(purls[i]);
        if (targets === undefined || targets.length === 0) {
            put(0);
            continue;
        }
        targetPositions(index, i, targets, row);
        put(row.length);
        let previous = 0;
        for (const target of row) {
            put(target - previous);
            previous = target;
        }
    }
    return out.slice(0, at);
}
/** The graph back from its stored form over the same ordered purls; a message when the bytes do not fit them. */
function decodeGraph(bytes, purls) {
    const size = purls.length;
    let at = 0;
    const take = () => {
        let value = 0;
        for (let shift = 0; shift < 35; shift += 7) {
            if (at >= bytes.length)
                throw new RangeError('the edges end early');
            const byte = bytes[at++];
            value += (byte & 0x7f) * 2 ** shift;
            if (byte < 0x80)
                return value;
        }
        throw new RangeError('a number is too long');
    };
    try {
        if (bytes[at++] !== FORMAT)
            return `unknown edge format ${String(bytes[0])}`;
        const count = take();
        if (count !== size)
            return `the edges are of ${count} dependencies, the set has ${size}`;
        const edges = new Map();
        for (let i = 0; i < count; i++) {
            const degree = take();
            if (degree === 0)
                continue;
            if (degree > size)
                return 'an edge count is larger than the set';
            const row = [];
            let target = 0;
            for (let k = 0; k < degree; k++) {
                target += take();
                if (target >= size)
                    return 'an edge points past the set';
                row.push(purls[target]);
            }
            edges.set(purls[i], row);
        }
        return { edges };
    }
    catch (e) {
        return e.message;
    }
}
/** The graph of a set from its ordered purls and rows, as the graph walks (graph/paths.ts) take it. */
function graphOf(purls, rows) {
    const edges = new Map();
    rows.forEach((row, i) => {
        if (row.length > 0)
            edges.set(purls[i], row.map((t) => purls[t]));
    });
    return { edges };
}

;// CONCATENATED MODULE: ./build/store/sqlite/edges.js


/**
 * The migration that adds a set's edges (issue 15): one blob per set (graph/edge-codec.ts), about three bytes an
 * edge, where a row per edge would cost two row ids, a rowid and index entries (~30 bytes). The trigger keeps a
 * deleted set from leaving its edges behind, whichever code deletes it (foreign keys are not enforced here).
 * A set written before this migration has no row: it reads as a graph without edges until it is scanned again.
 */
const EDGES_MIGRATION = `
  CREATE TABLE set_edges (
    set_id INTEGER PRIMARY KEY REFERENCES sets (id) ON DELETE CASCADE,
    edges BLOB NOT NULL
  ) STRICT;
  CREATE TRIGGER set_edges_follow_sets AFTER DELETE ON sets BEGIN
    DELETE FROM set_edges WHERE set_id = old.id;
  END;
`;
/**
 * Stores a set's edges, inside the caller's write transaction (the set's own), so readers see a set and its
 * edges from the same write. Unchanged edges (a re-scan) are not written again.
 */
function createEdgeWriter(db) {
    const read = db.prepare('SELECT edges FROM set_edges WHERE set_id = ?');
    const write = db.prepare('INSERT INTO set_edges (set_id, edges) VALUES (?, ?) ON CONFLICT (set_id) DO UPDATE SET edges = excluded.edges');
    return (setId, purls, graph) => {
        const bytes = encodeGraph(edgeOrder(purls), graph);
        const old = read.get(setId)?.edges;
        if (old instanceof Uint8Array && Buffer.compare(old, bytes) === 0)
            return;
        write.run(setId, bytes);
    };
}
/** Builds each set with its dependencies and decoded edges; the caller holds a read transaction. */
function createSetReader(db) {
    const rows = db.prepare('SELECT purl, type, namespace, name, version, introduced, development, optional, licenses, checksums, source FROM dependencies WHERE set_id = ? ORDER BY purl');
    // Arrays, not objects: a set of 500 dependencies is read in about two thirds of the time (bench/rescan.ts).
    rows.setReturnArrays(true);
    const edges = db.prepare('SELECT edges FROM set_edges WHERE set_id = ?');
    return (project, ref, s) => {
        const byPurl = new Map();
        for (const d of rows.all(Number(s.id))) {
            const [purl, type, namespace, name, version, introduced, development, optional, licenses, checksums, source] = d;
            byPurl.set(String(purl), {
                purl: String(purl),
                type: String(type),
                namespace: namespace === null ? null : String(namespace),
                name: String(name),
                version: String(version),
                introduced: fromFlag(introduced),
                development: fromFlag(development),
                // Left out when unknown, as the scan leaves it out (graph/build.ts).
                ...(optional !== null && { optional: fromFlag(optional) }),
                licenses: fromJson(licenses),
                checksums: fromJson(checksums),
                source: source === null ? null : String(source),
            });
        }
        // SQLite sorts by UTF-8 bytes; the edges are numbered in code-unit order (edge-codec.ts).
        const purls = edgeOrder(byPurl.keys());
        const blob = edges.get(Number(s.id))?.edges;
        const decoded = blob instanceof Uint8Array ? decodeGraph(blob, purls) : { edges: new Map() };
        if (typeof decoded === 'string')
            throw new Error(`the stored edges of ${String(s.file)} of ${project} at ${ref} are damaged (${decoded}); scan the ref again`);
        return {
            file: String(s.file),
            packageManager: s.package_manager === null ? null : String(s.package_manager),
            format: String(s.format),
            dependencies: purls.map((p) => byPurl.get(p)),
            graph: decoded,
        };
    };
}
/** Sets of a project at a ref (one file when given) with their graphs; the caller holds a read transaction. */
function createGraphLoader(db) {
    const sets = db.prepare('SELECT id, file, package_manager, format FROM sets WHERE project = ? AND ref = ? ORDER BY file');
    const oneSet = db.prepare('SELECT id, file, package_manager, format FROM sets WHERE project = ? AND ref = ? AND file = ?');
    const read = createSetReader(db);
    return (project, ref, file) => {
        const found = file === undefined ? sets.all(project, ref) : oneSet.all(project, ref, file);
        return found.map((s) => read(project, ref, s));
    };
}
/** One set with its graph and scan time (Store.loadSet); the caller holds a read transaction. */
function createSetWithGraphLoader(db) {
    const oneSet = db.prepare('SELECT id, file, package_manager, format, scanned_at FROM sets WHERE project = ? AND ref = ? AND file = ?');
    const read = createSetReader(db);
    return (project, ref, file) => {
        const s = oneSet.get(project, ref, file);
        return s ? { ...read(project, ref, s), scannedAt: String(s.scanned_at) } : null;
    };
}

;// CONCATENATED MODULE: ./build/store/sqlite/prune.js

/**
 * `depindex prune` on the SQLite index: the refs the request names, chosen and removed in one write
 * transaction, so a scan of the same ref running meanwhile lands wholly before (and is removed) or wholly after.
 */
function createPruner(db) {
    const deleteRows = db.prepare('DELETE FROM dependencies WHERE set_id IN (SELECT id FROM sets WHERE project = ? AND ref = ?)');
    const deleteSets = db.prepare('DELETE FROM sets WHERE project = ? AND ref = ?');
    const deleteFindings = db.prepare('DELETE FROM findings WHERE project = ? AND ref = ?');
    // A project with nothing left leaves the group lookup too, so `--group` stops naming it.
    const deleteNamespaces = db.prepare(`DELETE FROM project_namespaces WHERE project = ?
       AND NOT EXISTS (SELECT 1 FROM sets WHERE project = ?) AND NOT EXISTS (SELECT 1 FROM findings WHERE project = ?)`);
    function choose(request) {
        const where = [];
        const params = [];
        if (request.project !== undefined) {
            where.push('project = ?');
            params.push(request.project);
        }
        if (request.ref !== undefined) {
            where.push('ref = ?');
            params.push(request.ref);
        }
        const having = [];
        if (request.olderThan) {
            const cutoff = request.olderThan.toISOString();
            // Candidates through the scanned_at index (schema 3), so an instance-wide prune does not group every set.
            where.push('(project, ref) IN (SELECT project, ref FROM sets WHERE scanned_at < ?)');
            params.push(cutoff);
            having.push('MAX(scanned_at) < ?');
            params.push(cutoff);
        }
        if (request.keepDefaultBranch)
            having.push('MAX(default_branch) = 0');
        if (request.keepTags)
            having.push("MAX(ref_type) <> 'tag'");
        const rows = db
            .prepare(`SELECT project, ref, MAX(ref_type) AS ref_type, MAX(default_branch) AS default_branch, MAX(scanned_at) AS last,
                json_group_array(file) AS files
           FROM sets ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
          GROUP BY project, ref ${having.length ? `HAVING ${having.join(' AND ')}` : ''}
          ORDER BY project, ref`)
            .all(...params);
        return rows.map((r) => ({
            project: String(r.project),
            ref: String(r.ref),
            refType: r.ref_type === 'tag' ? 'tag' : 'branch',
            defaultBranch: Number(r.default_branch) === 1,
            lastScannedAt: String(r.last),
            files: JSON.parse(String(r.files)).sort(compareStrings),
        }));
    }
    return (request) => {
        db.exec('BEGIN IMMEDIATE');
        try {
            const refs = choose(request);
            if (!request.dryRun) {
                for (const { project, ref } of refs) {
                    deleteRows.run(project, ref);
                    deleteSets.run(project, ref);
                    deleteFindings.run(project, ref);
                }
                for (const project of new Set(refs.map((r) => r.project)))
                    deleteNamespaces.run(project, project, project);
            }
            db.exec('COMMIT');
            return refs;
        }
        catch (e) {
            try {
                db.exec('ROLLBACK');
            }
            catch {
                // Already rolled back by SQLite; the original error is the one to report.
            }
            throw e;
        }
    };
}

;// CONCATENATED MODULE: ./build/store/sqlite/schema.js



/** Marks a file as a depindex index, so a foreign SQLite file is told apart from an empty one. "dpix". */
const APPLICATION_ID = 0x64706978;
/**
 * The findings table's columns as migration 2 wrote them, shared with 7, which rebuilt the table with the same ones.
 * Part of both migrations' text, so never edited: a new column is a new migration.
 */
const FINDINGS_COLUMNS = `
    project TEXT NOT NULL,
    ref TEXT NOT NULL,
    id TEXT NOT NULL,
    kind TEXT NOT NULL,
    severity TEXT NOT NULL,
    severity_rank INTEGER NOT NULL,
    suppressed INTEGER NOT NULL CHECK (suppressed IN (0, 1)),
    file TEXT NOT NULL,
    purl TEXT NOT NULL,
    first_seen_at TEXT NOT NULL,
    first_commit_sha TEXT,
    last_seen_at TEXT NOT NULL,
    body TEXT NOT NULL,
    PRIMARY KEY (project, ref, id)
  `;
/**
 * 3: whether a dependency is installed only as an optional one (issue 18), its own column beside development
 * rather than folded into it. Rows written before stay NULL (unknown) until their set is scanned again.
 */
const ADD_OPTIONAL = 'ALTER TABLE dependencies ADD COLUMN optional INTEGER CHECK (optional IN (0, 1));';
const MIGRATIONS = [
    `
  CREATE TABLE sets (
    id INTEGER PRIMARY KEY,
    project TEXT NOT NULL,
    ref TEXT NOT NULL,
    file TEXT NOT NULL,
    namespaces TEXT NOT NULL,
    ref_type TEXT NOT NULL CHECK (ref_type IN ('branch', 'tag')),
    default_branch INTEGER NOT NULL CHECK (default_branch IN (0, 1)),
    package_manager TEXT,
    format TEXT NOT NULL,
    commit_sha TEXT,
    pipeline_url TEXT,
    scanned_at TEXT NOT NULL,
    counts TEXT NOT NULL,
    UNIQUE (project, ref, file)
  ) STRICT;
  CREATE INDEX sets_by_ref ON sets (ref, project);

  CREATE TABLE project_namespaces (
    namespace TEXT NOT NULL,
    project TEXT NOT NULL,
    PRIMARY KEY (namespace, project)
  ) STRICT, WITHOUT ROWID;

  CREATE TABLE dependencies (
    id INTEGER PRIMARY KEY,
    set_id INTEGER NOT NULL REFERENCES sets (id) ON DELETE CASCADE,
    purl TEXT NOT NULL,
    type TEXT NOT NULL,
    namespace TEXT,
    name TEXT NOT NULL,
    name_key TEXT NOT NULL,
    version TEXT NOT NULL,
    development INTEGER CHECK (development IN (0, 1)),
    introduced INTEGER CHECK (introduced IN (0, 1)),
    licenses TEXT,
    license_keys TEXT,
    checksums TEXT,
    source TEXT,
    created_at TEXT NOT NULL,
    first_commit_sha TEXT,
    UNIQUE (set_id, purl)
  ) STRICT;
  CREATE INDEX dependencies_by_name ON dependencies (name_key, type, version);
  CREATE INDEX dependencies_by_created ON dependencies (created_at);
  `,
    // 2: findings of the checks, per project and ref; `body` is the finding as JSON, the columns what is filtered on.
    `
  CREATE TABLE findings (${FINDINGS_COLUMNS}) STRICT, WITHOUT ROWID;
  CREATE INDEX findings_by_kind ON findings (kind, severity_rank);
  `,
    ADD_OPTIONAL,
    // 4: each set's dependency edges, one compact blob per set (edges.ts, issue 15).
    EDGES_MIGRATION,
    // 5 (lifecycle, issue #15): `depindex prune --older-than` finds the refs not scanned since a time without
    // grouping every set of the instance.
    `
  CREATE INDEX sets_by_scanned_at ON sets (scanned_at);
  `,
    // 6 (issue #15, search): a name without its namespace finds a Maven or generic dependency (keys.ts shortKey);
    // generic ones were not indexed before. The partial index holds only those rows, so others pay nothing for it.
    `
  ALTER TABLE dependencies ADD COLUMN short_key TEXT;
  UPDATE dependencies SET short_key = substr(name_key, instr(name_key, ':') + 1) WHERE type = 'maven' AND instr(name_key, ':') > 0;
  CREATE INDEX dependencies_by_short_name ON dependencies (short_key) WHERE short_key IS NOT NULL;
  `,
    // 7 (issue #14): findings in a rowid table. WITHOUT ROWID keeps each row in its key's B-tree, which SQLite
    // advises against for rows over a twentieth of a page (sqlite.org/withoutrowid.html): a finding's JSON body is
    // about 700 bytes, and writing 3,025 of them took twice as long (77 ms against 35 ms, bench/metadata.ts's scan).
    `
  CREATE TABLE findings_rowid (${FINDINGS_COLUMNS}) STRICT;
  INSERT INTO findings_rowid SELECT project, ref, id, kind, severity, severity_rank, suppressed, file, purl, first_seen_at, first_commit_sha, last_seen_at, body FROM findings;
  DROP TABLE findings;
  ALTER TABLE findings_rowid RENAME TO findings;
  CREATE INDEX findings_by_kind ON findings (kind, severity_rank);
  `,
];
const SCHEMA_VERSION = MIGRATIONS.length;
function pragmaNumber(db, name) {
    const row = db.prepare(`PRAGMA ${name}`).get();
    return Number(row?.[name] ?? 0);
}
function userTables(db) {
    const rows = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name").all();
    return rows.map((r) => String(r.name));
}
/**
 * Checks the file is a depindex index (or empty), refuses one from a newer depindex, and migrates an older one
 * forward in one transaction. `place` names the file in messages.
 */
function prepareSchema(db, place, cacheKiB) {
    let applicationId;
    try {
        applicationId = pragmaNumber(db, 'application_id');
    }
    catch (e) {
        const text = e.message;
        if (/readonly|read-only/i.test(text))
            return result_err(`${place} cannot be opened for writing (${text}); ${READ_ONLY_ADVICE}`);
        const advice = /malformed|not a database/i.test(text) ? 'give another path, or move the damaged file away' : 'check its permissions, or give another path';
        return result_err(`${place} is not a usable SQLite database (${text}); ${advice}`);
    }
    const tables = userTables(db);
    if (applicationId !== APPLICATION_ID && (applicationId !== 0 || tables.length > 0)) {
        const shown = tables.slice(0, 5).join(', ') + (tables.length > 5 ? ', …' : '');
        return result_err(`${place} is a SQLite database of another application (${tables.length ? `tables: ${shown}` : `application id ${applicationId}`}), not a depindex index; give another path`);
    }
    const found = pragmaNumber(db, 'user_version');
    if (found > SCHEMA_VERSION) {
        return result_err(`${place} was written by a newer depindex (index schema ${found}; this version reads up to ${SCHEMA_VERSION}); upgrade depindex`);
    }
    if (found === SCHEMA_VERSION) {
        const layout = checkLayout(db, place);
        if (!layout.ok)
            return layout;
    }
    db.exec('PRAGMA journal_mode = WAL');
    // NORMAL in WAL mode survives a killed process; only a power loss can drop the last transactions.
    db.exec('PRAGMA synchronous = NORMAL');
    // The default 2 MB page cache makes inserts into the name index read pages back from the OS once the index
    // outgrows it; 64 MB took about 15% off the CPU time of filling 600,000 rows.
    db.exec(`PRAGMA cache_size = ${-Math.max(64, Math.floor(cacheKiB))}`);
    // Each checkpoint syncs the file; at the default 1,000 pages a large scan spends most of its time waiting on
    // them. 10,000 pages (40 MB) cut filling the bench index from 17.6 s to 6.4 s per 200,000 rows; the size limit
    // gives the space back after a checkpoint.
    db.exec('PRAGMA wal_autocheckpoint = 10000');
    db.exec('PRAGMA journal_size_limit = 67108864');
    if (found === SCHEMA_VERSION)
        return result_ok(undefined);
    db.exec('BEGIN IMMEDIATE');
    try {
        // Another process may have migrated while this one waited for the lock.
        const version = pragmaNumber(db, 'user_version');
        for (let v = version; v < SCHEMA_VERSION; v++) {
            const migration = MIGRATIONS[v] ?? '';
            if (typeof migration === 'string')
                db.exec(migration);
            else
                migration(db);
        }
        db.exec(`PRAGMA application_id = ${APPLICATION_ID}`);
        db.exec(`PRAGMA user_version = ${SCHEMA_VERSION}`);
        db.exec('COMMIT');
    }
    catch (e) {
        db.exec('ROLLBACK');
        return result_err(`cannot prepare the index in ${place}: ${e.message}`);
    }
    return result_ok(undefined);
}
/** A read-only index is healthy: the advice is about permissions, never to move it away. */
const READ_ONLY_ADVICE = 'the index file or its folder cannot be written here: make them writable, or give --store another path (depindex search needs no write access)';
/** What to do with an index whose layout is not this depindex's: never lose it silently, say how to start over. */
const REBUILD = 'give --store a new path (the next scan of each ref fills it), or move this file away to rebuild it in place';
let expectedLayout = null;
/** Tables and their columns as the migrations make them, read from a throw-away in-memory database once. */
function layoutOf(db) {
    const layout = new Map();
    for (const table of userTables(db)) {
        layout.set(table, db.prepare(`SELECT name FROM pragma_table_info(?)`).all(table).map((r) => String(r.name)));
    }
    return layout;
}
function expected() {
    if (expectedLayout)
        return expectedLayout;
    const memory = new external_node_sqlite_namespaceObject.DatabaseSync(':memory:');
    try {
        for (const migration of MIGRATIONS) {
            if (typeof migration === 'string')
                memory.exec(migration);
            else
                migration(memory);
        }
        expectedLayout = layoutOf(memory);
    }
    finally {
        memory.close();
    }
    return expectedLayout;
}
/**
 * A file that claims the current schema but lacks a table or column (edited by hand, or written by a build that
 * never shipped) is refused with what is missing, before any statement is prepared against it.
 */
function checkLayout(db, place) {
    const found = layoutOf(db);
    const missing = [];
    for (const [table, columns] of expected()) {
        const have = found.get(table);
        if (!have)
            missing.push(`table ${table}`);
        else
            for (const column of columns)
                if (!have.includes(column))
                    missing.push(`column ${table}.${column}`);
    }
    if (missing.length === 0)
        return result_ok(undefined);
    const shown = missing.slice(0, 5).join(', ') + (missing.length > 5 ? `, and ${missing.length - 5} more` : '');
    return result_err(`${place} is a depindex index without ${shown}; ${REBUILD}`);
}
/** For a read-only reader: the same checks as prepareSchema, without writing (no pragmas set, no migration). */
function checkSchemaReadOnly(db, place) {
    const applicationId = pragmaNumber(db, 'application_id');
    if (applicationId !== APPLICATION_ID) {
        return result_err(`${place} is not a depindex index (application id ${applicationId}); give another path`);
    }
    const found = pragmaNumber(db, 'user_version');
    if (found > SCHEMA_VERSION) {
        return result_err(`${place} was written by a newer depindex (index schema ${found}; this version reads up to ${SCHEMA_VERSION}); upgrade depindex`);
    }
    if (found < SCHEMA_VERSION) {
        return result_err(`${place} has index schema ${found}, older than this depindex reads (${SCHEMA_VERSION}); a depindex scan with write access upgrades it`);
    }
    return checkLayout(db, place);
}

;// CONCATENATED MODULE: ./build/store/file-filter.js

/**
 * `search --file` (issue #15): a path or glob of a dependency file, where a manifest also finds the lock files
 * written beside it. People know their manifest (`Gemfile`) but the index holds what was scanned, usually the
 * lock file (`Gemfile.lock`) or, from a GitLab report, whichever file the analyzer names. Both stores and the
 * serve API go through here, so "which files does this mean" has one answer.
 */
/**
 * Manifest -> the files that record what it resolved to, for every format src/ingest reads. The manifest itself
 * always stays a candidate: GitLab reports and SBOMs name it (`pom.xml`, `build.gradle`) when there is no lock.
 */
const LOCKS_OF_MANIFEST = [
    [/^package\.json$/, ['package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock', 'pnpm-lock.yaml', 'bun.lock']],
    [/^pyproject\.toml$/, ['poetry.lock', 'uv.lock', 'pdm.lock']],
    [/^(requirements\.in|setup\.py|setup\.cfg)$/, ['requirements.txt']],
    [/^Pipfile$/, ['Pipfile.lock']],
    [/^Gemfile$/, ['Gemfile.lock']],
    [/^gems\.rb$/, ['gems.locked']],
    [/^Cargo\.toml$/, ['Cargo.lock']],
    [/^composer\.json$/, ['composer.lock']],
    [/^go\.mod$/, ['go.sum']],
    [/^pom\.xml$/, ['maven.graph.json', 'gradle.lockfile']],
    [/^(build|settings)\.gradle(\.kts)?$/, ['gradle.lockfile', 'gradle/verification-metadata.xml']],
    [/\.(cs|fs|vb)proj$/, ['packages.lock.json']],
    [/^Package\.swift$/, ['Package.resolved']],
    [/^pubspec\.yaml$/, ['pubspec.lock']],
    [/^mix\.exs$/, ['mix.lock']],
    [/^conanfile\.(txt|py)$/, ['conan.lock']],
    [/^Podfile$/, ['Podfile.lock']],
    [/^DESCRIPTION$/, ['renv.lock']],
];
const GLOB_CHARS = /[*?[\]{}]/;
function isGlob(text) {
    return GLOB_CHARS.test(text);
}
/** A leading "./" names the same file as without it: stored paths are relative and never start with it. */
function tidy(text) {
    return text.trim().replace(/^(\.\/)+/, '');
}
/**
 * The paths or globs a `--file` value stands for: itself, then the lock files of a manifest in the same folder
 * (`web/package.json` -> `web/package-lock.json`, `**\/Gemfile` -> `**\/Gemfile.lock`). Sorted after the first.
 */
function fileCandidates(text) {
    const file = tidy(text);
    const slash = file.lastIndexOf('/');
    const folder = slash >= 0 ? file.slice(0, slash + 1) : '';
    const base = file.slice(slash + 1);
    const locks = LOCKS_OF_MANIFEST.find(([manifest]) => manifest.test(base))?.[1] ?? [];
    return [file, ...locks.map((lock) => folder + lock).sort()];
}
/** The candidates as one test of stored file paths; globs with Node's own matcher, the one scan inputs use. */
function fileMatcher(candidates) {
    const exact = new Set(candidates.filter((c) => !isGlob(c)));
    const globs = candidates.filter(isGlob);
    return (file) => exact.has(file) || globs.some((g) => external_node_path_namespaceObject.posix.matchesGlob(file, g));
}
function fileFilter(text) {
    const candidates = fileCandidates(text);
    if (!candidates.some(isGlob))
        return { kind: 'exact', files: candidates };
    return { kind: 'glob', matches: fileMatcher(candidates) };
}

;// CONCATENATED MODULE: ./build/store/search-query.js



const DEFAULT_LIMIT = 50;
/** Elasticsearch pages at most 10,000 hits deep by default; keeping the same bound keeps both stores alike. */
const MAX_WINDOW = 10_000;
const MAX_LIMIT = 1_000;
/**
 * What both stores answer when `store.search` itself is given an advisory: the index holds no advisories; a search
 * by advisory reads the synced package metadata (metadata/search/advisory-search.ts), as `depindex search --advisory`
 * and the API's `advisory=` do.
 */
const ADVISORY_NOT_IN_INDEX = 'the index store cannot search by advisory: advisories are not in the index but in the synced package metadata (searchByAdvisory)';
/** The filters an advisory search leaves out: the advisory names the packages and their versions itself. */
const NOT_WITH_ADVISORY = (/* unused pure expression or super */ null && (['name', 'version', 'range']));
/** Advisory ids and aliases are short (CVE-2021-44228, GHSA-jfh8-c2jp-5v3q, RUSTSEC-2021-0001, a PMDB UUID). */
const MAX_ADVISORY = 256;
/**
 * purl types that have no ecosystem module but appear in SBOMs (PURL-TYPES of the purl spec), so a search for
 * them is not refused as a typo. They match by lower-cased name; version ranges need an ecosystem module.
 */
const OTHER_PURL_TYPES = new Set([
    'alpm', 'bitbucket', 'bitnami', 'cocoapods', 'conda', 'cpan', 'cran', 'docker', 'generic', 'github', 'gitlab',
    'hackage', 'hex', 'huggingface', 'julia', 'luarocks', 'mlflow', 'oci', 'opam', 'otp', 'qpkg', 'swid',
    'vscode-extension',
]);
/** A purl type or ecosystem alias ("go", "packagist") -> the purl type; an error naming the known ones otherwise. */
function resolveType(text) {
    const lower = text.trim().toLowerCase();
    const ecosystem = ecosystemFor(lower);
    if (ecosystem)
        return ok(ecosystem.type);
    if (OTHER_PURL_TYPES.has(lower))
        return ok(lower);
    return err(`unknown purl type "${text}"; known types: ${ecosystems.map((e) => e.type).join(', ')}, and other purl-spec types (generic, docker, github ...)`);
}
const DURATION = /^(\d{1,6})([hdw])$/;
const search_query_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const HOUR_MS = 3_600_000;
const UNIT_MS = { h: HOUR_MS, d: 24 * HOUR_MS, w: 7 * 24 * HOUR_MS };
/**
 * `--added-since`: an ISO date (UTC midnight), an ISO date-time with its zone, or a duration back from now
 * (`12h`, `7d`, `2w`). A date-time without a zone is refused: its meaning would depend on the runner's clock.
 */
function parseAddedSince(text, now) {
    const t = text.trim();
    const duration = DURATION.exec(t);
    if (duration)
        return ok(new Date(now.getTime() - Number(duration[1]) * (UNIT_MS[duration[2] ?? ''] ?? 0)));
    if (search_query_DATE.test(t) || DATE_TIME.test(t)) {
        const date = new Date(t);
        // Date accepts 2026-02-30 as 2 March; the round trip catches it.
        if (!Number.isNaN(date.getTime()) && (!search_query_DATE.test(t) || date.toISOString().slice(0, 10) === t))
            return ok(date);
    }
    return err(`--added-since "${t}" is neither a date (2026-11-01, 2026-11-01T08:00:00Z) nor a duration (12h, 7d, 2w)`);
}
/** A version range as a test of version strings, with the type's own semantics; versions it cannot parse do not match. */
function rangeMatcher(type, range) {
    const ecosystem = registry_ecosystemFor(type);
    if (!ecosystem)
        return result_err(`version ranges need an ecosystem that depindex supports; purl type "${type}" has none`);
    const parsed = ecosystem.versioning.parseRange(range, 'native');
    if (!parsed.ok)
        return result_err(`invalid ${ecosystem.type} version range "${range}": ${parsed.error}`);
    const { versioning } = ecosystem;
    const contains = parsed.value.contains.bind(parsed.value);
    return result_ok((version) => {
        const v = versioning.parse(version);
        return v.ok && contains(v.value);
    });
}
/** Validates filters into a SearchQuery; every message names the flag. */
function buildSearchQuery(filters, now) {
    if (filters.advisory !== undefined) {
        // The first flag the message names is the one to blame (the API's `parameter`, serve/query-params.ts).
        const clash = NOT_WITH_ADVISORY.find((key) => filters[key] !== undefined);
        if (clash !== undefined)
            return err(`--${clash} cannot be given with --advisory: --advisory names the packages and versions itself`);
        if (filters.advisory.trim() === '')
            return err('--advisory is empty');
        if (filters.advisory.length > MAX_ADVISORY)
            return err(`--advisory is longer than ${MAX_ADVISORY} characters; advisory ids are short`);
    }
    const nonEmpty = (flag, value) => value === undefined ? ok(undefined) : value.trim() === '' ? err(`${flag} is empty`) : ok(value.trim());
    let type;
    if (filters.type !== undefined) {
        const resolved = resolveType(filters.type);
        if (!resolved.ok)
            return err(`--type: ${resolved.error}`);
        type = resolved.value;
    }
    if (filters.range !== undefined) {
        if (type === undefined)
            return err('--range needs --type: a version range means something only in one ecosystem');
        const matcher = rangeMatcher(type, filters.range);
        if (!matcher.ok)
            return err(`--range: ${matcher.error}`);
    }
    if (filters.version !== undefined && filters.range !== undefined)
        return err('give either --version or --range, not both');
    let addedSince;
    if (filters.addedSince !== undefined) {
        const parsed = parseAddedSince(filters.addedSince, now);
        if (!parsed.ok)
            return parsed;
        addedSince = parsed.value;
    }
    const limit = parseWholeNumber('--limit', filters.limit, { fallback: DEFAULT_LIMIT, min: 1, max: MAX_LIMIT });
    if (!limit.ok)
        return limit;
    const offset = parseWholeNumber('--offset', filters.offset, { fallback: 0, min: 0, max: MAX_WINDOW });
    if (!offset.ok)
        return offset;
    if (offset.value + limit.value > MAX_WINDOW)
        return err(`--offset plus --limit may reach at most ${MAX_WINDOW}; narrow the search instead`);
    const strings = {};
    for (const [flag, key] of [
        ['--name', 'name'], ['--version', 'version'], ['--range', 'range'], ['--license', 'license'],
        ['--project', 'project'], ['--group', 'group'], ['--ref', 'ref'], ['--file', 'file'],
    ]) {
        const checked = nonEmpty(flag, filters[key]);
        if (!checked.ok)
            return checked;
        strings[key] = checked.value;
    }
    const query = {
        ...(filters.advisory !== undefined && { advisory: filters.advisory.trim() }),
        ...(strings.name !== undefined && { name: strings.name }),
        ...(type !== undefined && { type }),
        ...(strings.version !== undefined && { version: strings.version }),
        ...(strings.range !== undefined && { versionRange: strings.range }),
        ...(strings.license !== undefined && { license: strings.license }),
        ...(addedSince !== undefined && { addedSince }),
        ...(filters.excludeDevelopment === true && { excludeDevelopment: true }),
        ...(strings.project !== undefined && { project: strings.project }),
        ...(strings.group !== undefined && { group: strings.group.replace(/\/+$/, '') }),
        ...(strings.ref !== undefined && { ref: strings.ref }),
        ...(filters.defaultBranch === true && { defaultBranchOnly: true }),
        ...(strings.file !== undefined && { file: strings.file }),
        limit: limit.value,
        offset: offset.value,
    };
    return ok(query);
}

;// CONCATENATED MODULE: ./build/store/sqlite/search.js





const FROM = 'FROM dependencies d JOIN sets s ON s.id = d.set_id';
/** Project, group, ref and default-branch scope, as SQL on `s` (sets). */
function scope(q, add) {
    if (q.project !== undefined)
        add('s.project = ?', q.project);
    if (q.group !== undefined)
        add('s.project IN (SELECT project FROM project_namespaces WHERE namespace = ?)', q.group);
    if (q.ref !== undefined)
        add('s.ref = ?', q.ref);
    if (q.defaultBranchOnly)
        add('s.default_branch = 1');
}
/**
 * The filters of a query except a version range, as SQL on `d` (dependencies) and `s` (sets); `files` are the
 * stored paths a `--file` stands for (file-filter.ts), resolved before.
 */
function filters(q, files) {
    const clauses = [];
    const params = [];
    const add = (sql, ...values) => {
        clauses.push(sql);
        params.push(...values);
    };
    if (q.name !== undefined) {
        const keys = nameKeys(q.name, q.type);
        const marks = keys.map(() => '?').join(', ');
        // Two indexed lookups that SQLite ORs together: the full canonical name, or a Maven artifact id alone.
        if (mayBeArtifactId(q.type))
            add(`(d.name_key IN (${marks}) OR d.short_key IN (${marks}))`, ...keys, ...keys);
        else
            add(`d.name_key IN (${marks})`, ...keys);
    }
    if (q.type !== undefined)
        add('d.type = ?', q.type);
    if (q.version !== undefined)
        add('d.version = ?', q.version);
    if (q.license !== undefined)
        add('EXISTS (SELECT 1 FROM json_each(d.license_keys) WHERE value = ?)', licenseKey(q.license));
    if (q.addedSince !== undefined)
        add('d.created_at >= ?', q.addedSince.toISOString());
    // Unknown (null) is kept: excluding development means excluding what is known to be development.
    if (q.excludeDevelopment)
        add('d.development IS NOT 1');
    scope(q, add);
    if (files !== null)
        add('s.file IN (SELECT value FROM json_each(?))', JSON.stringify(files));
    return { sql: clauses.length ? 'WHERE ' + clauses.join(' AND ') : '', params };
}
function and(where, sql, ...values) {
    return { sql: where.sql ? `${where.sql} AND ${sql}` : `WHERE ${sql}`, params: [...where.params, ...values] };
}
function toHit(r) {
    return {
        project: String(r.project),
        ref: String(r.ref),
        file: String(r.file),
        purl: String(r.purl),
        type: String(r.type),
        name: String(r.name),
        canonicalName: String(r.name_key),
        version: String(r.version),
        licenses: fromJson(r.licenses),
        development: fromFlag(r.development),
        introduced: fromFlag(r.introduced),
        createdAt: String(r.created_at),
        firstCommitSha: r.first_commit_sha === null ? null : String(r.first_commit_sha),
        commit: r.commit_sha === null ? null : String(r.commit_sha),
        pipelineUrl: r.pipeline_url === null ? null : String(r.pipeline_url),
        scannedAt: String(r.scanned_at),
    };
}
/**
 * Search (DESIGN.md 6): exact filters in SQL; a version range is evaluated in JS once per distinct version the
 * other filters leave, and the matching versions become one more filter, so totals and paging stay exact.
 * Sorted by project, ref, file, name, version (version as text: SQL cannot sort by ecosystem order).
 */
function createSearcher(db) {
    const statements = new Map();
    const statement = (sql) => {
        let s = statements.get(sql);
        if (!s)
            statements.set(sql, (s = db.prepare(sql)));
        return s;
    };
    return (query) => {
        if (query.advisory !== undefined)
            return result_err(ADVISORY_NOT_IN_INDEX);
        let files = null;
        if (query.file !== undefined) {
            const filter = fileFilter(query.file);
            if (filter.kind === 'exact')
                files = filter.files;
            else {
                // A glob is matched in JS against the files in scope (sets are few: one per dependency file), so both
                // stores match with the same matcher; no file in scope matching is an empty answer, not an error.
                const clauses = [];
                const params = [];
                scope(query, (sql, ...values) => {
                    clauses.push(sql);
                    params.push(...values);
                });
                const sql = `SELECT DISTINCT s.file FROM sets s ${clauses.length ? 'WHERE ' + clauses.join(' AND ') : ''}`;
                files = statement(sql).all(...params).map((r) => String(r.file)).filter(filter.matches);
            }
        }
        let where = filters(query, files);
        if (query.versionRange !== undefined) {
            if (query.type === undefined)
                return result_err('a version range needs a purl type: ranges mean something only in one ecosystem');
            const matcher = rangeMatcher(query.type, query.versionRange);
            if (!matcher.ok)
                return matcher;
            const versions = statement(`SELECT DISTINCT d.version ${FROM} ${where.sql}`).all(...where.params).map((r) => String(r.version));
            where = and(where, 'd.version IN (SELECT value FROM json_each(?))', JSON.stringify(versions.filter(matcher.value)));
        }
        const byProject = statement(`SELECT s.project AS project, COUNT(*) AS count ${FROM} ${where.sql} GROUP BY s.project ORDER BY count DESC, project`)
            .all(...where.params)
            .map((r) => ({ project: String(r.project), count: Number(r.count) }));
        const total = byProject.reduce((n, p) => n + p.count, 0);
        const hits = statement(`SELECT s.project, s.ref, s.file, d.purl, d.type, d.name, d.name_key, d.version, d.licenses, d.development,
              d.introduced, d.created_at, d.first_commit_sha, s.commit_sha, s.pipeline_url, s.scanned_at
       ${FROM} ${where.sql}
       ORDER BY s.project, s.ref, s.file, d.name_key, d.version, d.purl LIMIT ? OFFSET ?`)
            .all(...where.params, query.limit, query.offset)
            .map(toHit);
        return result_ok({ total, hits, byProject });
    };
}

;// CONCATENATED MODULE: ./build/store/scan-input.js

// What every store does to a scan before writing it, so SQLite and Elasticsearch key and merge it alike.
/** Refuses a scan that cannot be keyed before any row is touched, naming what is missing. */
function checkScan(context, sets) {
    if (context.project.trim() === '')
        return result_err('cannot write the scan: the project is empty');
    if (context.ref.trim() === '')
        return result_err(`cannot write the scan of ${context.project}: the ref is empty`);
    if (Number.isNaN(context.scannedAt.getTime()))
        return result_err(`cannot write the scan of ${context.project}: scannedAt is not a valid date`);
    const files = new Set();
    for (const set of sets) {
        if (set.file.trim() === '')
            return result_err(`cannot write the scan of ${context.project}@${context.ref}: a set has an empty file path`);
        if (files.has(set.file))
            return result_err(`cannot write the scan of ${context.project}@${context.ref}: ${set.file} is given twice`);
        files.add(set.file);
        const bad = set.dependencies.find((d) => d.purl === '' || d.version === '' || d.name === '');
        if (bad)
            return result_err(`cannot write ${set.file} of ${context.project}@${context.ref}: a dependency has an empty purl, name or version (${bad.purl || bad.name})`);
    }
    return result_ok(undefined);
}
/**
 * One row per purl in a set: a file can list the same version twice (npm's nested node_modules). The merge
 * keeps what the entries agree on and the stronger claim where they differ: direct beats transient,
 * production beats development and required beats optional, since either entry alone would have been stored that way.
 */
function mergeByPurl(dependencies) {
    const byPurl = new Map();
    for (const d of dependencies) {
        const seen = byPurl.get(d.purl);
        if (!seen) {
            byPurl.set(d.purl, d);
            continue;
        }
        byPurl.set(d.purl, {
            ...seen,
            introduced: seen.introduced === true || d.introduced === true ? true : (seen.introduced ?? d.introduced),
            development: seen.development === false || d.development === false ? false : (seen.development ?? d.development),
            ...optionalOf(seen.optional, d.optional),
            licenses: seen.licenses ?? d.licenses,
            checksums: seen.checksums || d.checksums ? { ...d.checksums, ...seen.checksums } : null,
            source: seen.source ?? d.source,
        });
    }
    return [...byPurl.values()];
}
/** Needed (false) by either entry wins, as for development; unknown (absent) only when both are unknown. */
function optionalOf(a, b) {
    if (a === false || b === false)
        return { optional: false };
    const known = a ?? b;
    return known === null || known === undefined ? {} : { optional: known };
}

;// CONCATENATED MODULE: ./build/store/sqlite/write.js




function counts(dependencies) {
    let development = 0;
    let introduced = 0;
    for (const d of dependencies) {
        if (d.development === 1)
            development++;
        if (d.introduced === 1)
            introduced++;
    }
    return JSON.stringify({ dependencies: dependencies.length, development, introduced });
}
/**
 * Replace with memory (DESIGN.md 6), by diffing in JS: the set's rows are read once, then only new rows are
 * inserted, changed ones updated and gone ones deleted. An unchanged re-scan writes no dependency row at all.
 * Measured against `INSERT ... ON CONFLICT DO UPDATE` plus deleting rows whose write marker is old, on a
 * 50,000-row scan: first write 800-880 ms against 1,050-1,140 ms, unchanged again 440-680 ms against 710-960 ms.
 */
function createWriter(db, onRowWritten) {
    const setColumns = 'namespaces, ref_type, default_branch, package_manager, format, commit_sha, pipeline_url, scanned_at, counts';
    const findSet = db.prepare('SELECT id FROM sets WHERE project = ? AND ref = ? AND file = ?');
    const insertSet = db.prepare(`INSERT INTO sets (project, ref, file, ${setColumns}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`);
    const updateSet = db.prepare(`UPDATE sets SET (${setColumns}) = (?, ?, ?, ?, ?, ?, ?, ?, ?) WHERE id = ?`);
    const addNamespace = db.prepare('INSERT OR IGNORE INTO project_namespaces (namespace, project) VALUES (?, ?)');
    // The ref's type and flag hold for all its sets, also those this scan does not list; and a project has one
    // default branch, so learning that this ref is it clears the flag on the others.
    const markRef = db.prepare('UPDATE sets SET ref_type = ?, default_branch = ? WHERE project = ? AND ref = ?');
    const unmarkOthers = db.prepare('UPDATE sets SET default_branch = 0 WHERE project = ? AND ref <> ? AND default_branch = 1');
    const readRows = db.prepare(`SELECT id, purl, ${CONTENT_COLUMNS.join(', ')} FROM dependencies WHERE set_id = ?`);
    readRows.setReturnArrays(true);
    const insertRow = db.prepare(`INSERT INTO dependencies (set_id, purl, ${CONTENT_COLUMNS.join(', ')}, created_at, first_commit_sha)
     VALUES (?, ?, ${CONTENT_COLUMNS.map(() => '?').join(', ')}, ?, ?)`);
    const updateRow = db.prepare(`UPDATE dependencies SET (${CONTENT_COLUMNS.join(', ')}) = (${CONTENT_COLUMNS.map(() => '?').join(', ')}) WHERE id = ?`);
    const deleteRow = db.prepare('DELETE FROM dependencies WHERE id = ?');
    const writeEdges = createEdgeWriter(db);
    const refSets = db.prepare('SELECT id, file FROM sets WHERE project = ? AND ref = ?');
    // Foreign keys are not enforced (no PRAGMA foreign_keys), so a set's rows are deleted explicitly.
    const deleteSetRows = db.prepare('DELETE FROM dependencies WHERE set_id = ?');
    const deleteSet = db.prepare('DELETE FROM sets WHERE id = ?');
    let rowsWritten = 0;
    const wrote = () => {
        rowsWritten++;
        onRowWritten?.(rowsWritten);
    };
    function writeSet(context, set) {
        const columns = mergeByPurl(set.dependencies).map(toColumns);
        const meta = [
            JSON.stringify(projectNamespaces(context.project)),
            context.refType,
            context.defaultBranch ? 1 : 0,
            set.packageManager,
            set.format,
            context.commitSha,
            context.pipelineUrl,
            context.scannedAt.toISOString(),
            counts(columns),
        ];
        const found = findSet.get(context.project, context.ref, set.file);
        let setId;
        if (found) {
            setId = Number(found.id);
            updateSet.run(...meta, setId);
        }
        else {
            setId = Number(insertSet.get(context.project, context.ref, set.file, ...meta)?.id);
        }
        // Before the rows, in the same transaction: a write killed anywhere in between leaves the previous set and
        // its edges (the kill test stops it among the rows).
        writeEdges(setId, columns.map((c) => c.purl), set.graph);
        const stored = new Map();
        if (found)
            for (const row of readRows.all(setId))
                stored.set(row[1], row);
        const now = context.scannedAt.toISOString();
        let added = 0;
        let kept = 0;
        for (const c of columns) {
            const values = CONTENT_COLUMNS.map((k) => c[k]);
            const old = stored.get(c.purl);
            if (!old) {
                insertRow.run(setId, c.purl, ...values, now, context.commitSha);
                added++;
                wrote();
                continue;
            }
            stored.delete(c.purl);
            kept++;
            if (values.some((value, i) => old[i + 2] !== value)) {
                updateRow.run(...values, old[0]);
                wrote();
            }
        }
        for (const gone of stored.values()) {
            deleteRow.run(gone[0]);
            wrote();
        }
        return { added, kept, removed: stored.size };
    }
    /**
     * A complete scan's retirement: the ref's sets whose file this scan does not list. Inside the scan's own
     * transaction, so a reader (or a killed writer) sees the old sets or the new ones, never a half-retired ref.
     */
    function retireOthers(context, sets) {
        const written = new Set(sets.map((s) => s.file));
        const retired = [];
        for (const row of refSets.all(context.project, context.ref)) {
            const file = String(row.file);
            if (written.has(file))
                continue;
            deleteSetRows.run(Number(row.id));
            deleteSet.run(Number(row.id));
            retired.push(file);
            wrote();
        }
        return retired.sort();
    }
    /** One scan's changes, inside a transaction the caller holds. */
    function applyScan(context, sets, options = {}) {
        const summary = { sets: sets.length, added: 0, kept: 0, removed: 0 };
        for (const namespace of projectNamespaces(context.project))
            addNamespace.run(namespace, context.project);
        markRef.run(context.refType, context.defaultBranch ? 1 : 0, context.project, context.ref);
        if (context.defaultBranch)
            unmarkOthers.run(context.project, context.ref);
        for (const set of sets) {
            const one = writeSet(context, set);
            summary.added += one.added;
            summary.kept += one.kept;
            summary.removed += one.removed;
        }
        if (options.complete)
            summary.retired = retireOthers(context, sets);
        return summary;
    }
    function inWriteTransaction(write) {
        rowsWritten = 0;
        db.exec('BEGIN IMMEDIATE');
        try {
            const value = write();
            db.exec('COMMIT');
            return value;
        }
        catch (e) {
            rollBack();
            throw e;
        }
    }
    async function writeScan(context, sets, options, also) {
        rowsWritten = 0;
        db.exec('BEGIN IMMEDIATE');
        try {
            const summary = applyScan(context, sets, options);
            let value = summary;
            if (also) {
                const more = also();
                // Awaited only when it is a promise: a plain value is applied without a turn of the event loop.
                value = { ...summary, also: more instanceof Promise ? (await more) : more };
            }
            db.exec('COMMIT');
            return value;
        }
        catch (e) {
            rollBack();
            throw e;
        }
    }
    function rollBack() {
        try {
            db.exec('ROLLBACK');
        }
        catch {
            // SQLite already rolled back (it does on some errors); the original error is the one to report.
        }
    }
    return {
        rowWritten: wrote,
        writeScan,
        writeScans: (scans) => inWriteTransaction(() => scans.map(({ context, sets, options }) => applyScan(context, sets, options))),
    };
}

;// CONCATENATED MODULE: ./build/store/sqlite/store.js














function message(e) {
    const text = e instanceof Error ? e.message : String(e);
    // SQLITE_CORRUPT and SQLITE_NOTADB: nothing depindex can repair; say what the reader can do. A read-only file
    // is healthy: the advice is about permissions, never to move it away.
    if (/malformed|not a database/i.test(text))
        return `${text}; the index file is damaged: move it away and scan again to rebuild it`;
    if (/readonly|read-only/i.test(text))
        return `${text}; ${READ_ONLY_ADVICE}`;
    return text;
}
/**
 * Reads run inside one read transaction, so the counts and the page of a search, or the sets of a load, come
 * from one committed state even while another process writes (WAL lets readers and one writer overlap).
 */
function inReadTransaction(db, read) {
    db.exec('BEGIN');
    try {
        return read();
    }
    finally {
        db.exec('COMMIT');
    }
}
/** Opens (creating when absent, with its folder) the SQLite index at `path`; `:memory:` for a throw-away one. */
function openSqliteStore(path, options = {}) {
    const location = `sqlite:${path}`;
    const readOnly = options.readOnly === true && path !== ':memory:';
    let db;
    try {
        if (readOnly) {
            const opened = openReadOnly(path, options.busyTimeoutMs ?? 15_000);
            if (!opened.ok)
                return result_err(`cannot open ${location}: ${opened.error}`);
            db = opened.value;
        }
        else {
            if (path !== ':memory:')
                (0,external_node_fs_namespaceObject.mkdirSync)((0,external_node_path_namespaceObject.dirname)(path), { recursive: true });
            db = new external_node_sqlite_namespaceObject.DatabaseSync(path, { timeout: options.busyTimeoutMs ?? 15_000 });
        }
    }
    catch (e) {
        return result_err(`cannot open ${location}: ${message(e)}`);
    }
    let prepared;
    try {
        prepared = readOnly ? checkSchemaReadOnly(db, path) : prepareSchema(db, path, options.cacheKiB ?? 65_536);
    }
    catch (e) {
        const upgrade = options.readOnly ? ' (opened read-only: an index from an older depindex is upgraded by the next scan)' : '';
        prepared = result_err(`cannot open ${location}: ${message(e)}${upgrade}`);
    }
    // A table or column missing (a foreign or older file): said here, as a Result, so the scan still writes its
    // files and exits 3, instead of a statement below failing to prepare.
    let parts = null;
    if (prepared.ok) {
        try {
            const writer = createWriter(db, options.onRowWritten);
            parts = {
                writer,
                load: createLoader(db),
                graphs: createGraphLoader(db),
                oneSet: createSetWithGraphLoader(db),
                search: createSearcher(db),
                lister: createLister(db),
                refs: db.prepare('SELECT DISTINCT ref FROM sets WHERE project = ? ORDER BY ref'),
                findings: createFindingsTable(db, writer.rowWritten),
                prune: createPruner(db),
            };
        }
        catch (e) {
            prepared = result_err(`cannot open ${location}: the index does not have the layout this depindex writes (${message(e)}); ${REBUILD}`);
        }
    }
    if (!prepared.ok || parts === null) {
        db.close();
        return prepared.ok ? result_err(`cannot open ${location}`) : prepared;
    }
    const { writer, load, graphs, oneSet, search, lister, refs, findings, prune } = parts;
    let open = true;
    const guarded = async (what, run) => guardedAsync(what, async () => run());
    const guardedAsync = async (what, run) => {
        if (!open)
            return result_err(`${location} is closed`);
        try {
            return await run();
        }
        catch (e) {
            return result_err(`${what} in ${location} failed: ${message(e)}`);
        }
    };
    return result_ok({
        location,
        writeScan: (context, sets, writeOptions = {}) => guardedAsync('writing the scan', async () => {
            if (readOnly)
                return result_err(`${location} was opened read-only`);
            const checked = checkScan(context, sets);
            if (!checked.ok)
                return checked;
            // The findings in the sets' transaction: a crash or a reader sees both old or both new. A partial write
            // replaces those of its own files only. Findings still being matched are waited for after the sets.
            const list = writeOptions.findings;
            const onlyFiles = writeOptions.complete ? undefined : sets.map((s) => s.file);
            const apply = (given) => findings.apply(context, given, onlyFiles);
            // A plain list is applied without a turn of the event loop inside the transaction.
            const also = list === undefined ? undefined : list instanceof Promise ? async () => apply(await list) : () => apply(list);
            const { also: written, ...summary } = await writer.writeScan(context, sets, writeOptions, also);
            return result_ok(written ? { ...summary, findings: written } : summary);
        }),
        prune: (request) => guarded('pruning', () => (readOnly ? result_err(`${location} was opened read-only`) : result_ok(prune(request)))),
        writeScans: (scans) => guarded(`writing ${scans.length} scans`, () => {
            if (readOnly)
                return result_err(`${location} was opened read-only`);
            for (const { context, sets } of scans) {
                const checked = checkScan(context, sets);
                if (!checked.ok)
                    return checked;
            }
            return result_ok(writer.writeScans(scans));
        }),
        loadSets: (project, ref) => guarded('loading sets', () => result_ok(inReadTransaction(db, () => load(project, ref)))),
        loadGraphs: (project, ref, file) => guarded('loading graphs', () => result_ok(inReadTransaction(db, () => graphs(project, ref, file)))),
        loadSet: (project, ref, file) => guarded('loading a set', () => result_ok(inReadTransaction(db, () => oneSet(project, ref, file)))),
        writeFindings: (context, list, onlyFiles) => guarded('writing findings', () => result_ok(findings.write(context, list, onlyFiles))),
        writeFindingsBatch: (writes) => guarded(`writing the findings of ${writes.length} refs`, () => result_ok(writes.length === 0 ? [] : findings.writeMany(writes))),
        loadFindings: (project, ref) => guarded('loading findings', () => result_ok(inReadTransaction(db, () => findings.load(project, ref)))),
        searchFindings: (query) => guarded('searching findings', () => result_ok(inReadTransaction(db, () => findings.search(query)))),
        listRefs: (project) => guarded('listing refs', () => result_ok(refs.all(project).map((r) => String(r.ref)))),
        search: (query) => guarded('searching', () => inReadTransaction(db, () => search(query))),
        listProjects: (query) => guarded('listing projects', () => result_ok(inReadTransaction(db, () => lister.listProjects(query)))),
        listSets: (project, ref) => guarded('listing sets', () => result_ok(lister.listSets(project, ref))),
        close: async () => {
            if (!open)
                return;
            open = false;
            try {
                // Keeps the planner's statistics current for the searches, cheaply (sqlite.org/lang_analyze.html). It may
                // need the write lock: a reader closing while another process writes skips it rather than wait.
                if (!readOnly) {
                    db.exec('PRAGMA busy_timeout = 50');
                    db.exec('PRAGMA optimize');
                }
            }
            catch {
                // Statistics are an optimisation; the next close refreshes them.
            }
            finally {
                db.close();
            }
        },
    });
}

;// CONCATENATED MODULE: ./build/metadata/records/pmdb-license.js


/** One PMDB v2 licence line (compressed per package, DESIGN.md 8.1) of the file's purl type. */
function parsePmdbLicense(value, type) {
    if (!isObject(value))
        return err('not a JSON object');
    const name = text(value, 'name');
    if (!name)
        return err('no "name"');
    const other = [];
    if (Array.isArray(value['other_licenses'])) {
        for (const [i, entry] of value['other_licenses'].entries()) {
            if (!isObject(entry))
                return err(`${name}: other_licenses[${i}] is not an object`);
            other.push({ licenses: texts(entry['licenses']), versions: texts(entry['versions']) });
        }
    }
    return ok({
        type,
        name,
        lowestVersion: text(value, 'lowest_version'),
        highestVersion: text(value, 'highest_version'),
        defaultLicenses: texts(value['default_licenses']),
        otherLicenses: other,
    });
}
/** Splits one CSV line (RFC 4180 quoting) into fields; null when a quote is left open. */
function csvFields(line) {
    const fields = [];
    let i = 0;
    while (i <= line.length) {
        if (line[i] === '"') {
            let value = '';
            i++;
            for (;;) {
                const quote = line.indexOf('"', i);
                if (quote < 0)
                    return null;
                value += line.slice(i, quote);
                if (line[quote + 1] === '"') {
                    value += '"';
                    i = quote + 2;
                    continue;
                }
                i = quote + 1;
                break;
            }
            fields.push(value);
            if (i < line.length && line[i] !== ',')
                return null;
            i++;
        }
        else {
            const comma = line.indexOf(',', i);
            const end = comma < 0 ? line.length : comma;
            fields.push(line.slice(i, end));
            i = end + 1;
        }
    }
    return fields;
}
/**
 * A v1 licence CSV row `name,version,license`: one version of one package, stored as a licence record that
 * covers exactly that version (so v1 and v2 data answer through the same evaluation).
 */
function parseV1LicenseRow(line, type) {
    const fields = csvFields(line);
    if (!fields || fields.length !== 3)
        return err('not a "name,version,license" row');
    const [name, version, license] = fields;
    if (!name || !version)
        return err('empty name or version');
    return ok({ type, name, lowestVersion: null, highestVersion: null, defaultLicenses: [], otherLicenses: [{ licenses: license ? [license] : [], versions: [version] }] });
}
/**
 * Two records of one package: a v2 record (it has a default or a version span) replaces the earlier one whole;
 * v1 rows arrive one version at a time and are merged in, a later row for a version replacing the earlier.
 */
function mergeLicenseRecords(earlier, later) {
    const hasDefault = later.defaultLicenses.length > 0 || later.lowestVersion !== null || later.highestVersion !== null;
    if (hasDefault)
        return later;
    const replaced = new Set(later.otherLicenses.flatMap((o) => o.versions));
    const kept = earlier.otherLicenses
        .map((o) => ({ licenses: o.licenses, versions: o.versions.filter((v) => !replaced.has(v)) }))
        .filter((o) => o.versions.length > 0);
    return { ...earlier, otherLicenses: [...kept, ...later.otherLicenses] };
}

;// CONCATENATED MODULE: ./build/metadata/store/key-groups.js
/** Keys grouped by type: each type's names go to SQLite as one JSON array, read back with json_each. */
function namesByType(keys) {
    const out = new Map();
    for (const k of keys) {
        const list = out.get(k.type);
        if (list)
            list.push(k.key);
        else
            out.set(k.type, [k.key]);
    }
    return out;
}
/** Keys grouped by type, with the place of each in `keys`. */
function placesByType(keys) {
    const out = new Map();
    keys.forEach((k, place) => {
        let group = out.get(k.type);
        if (!group)
            out.set(k.type, (group = { names: [], places: [] }));
        group.names.push(k.key);
        group.places.push(place);
    });
    return out;
}
/** The names of a group the filter lets through, with their places. */
function candidatesOf(group, filter) {
    const names = [];
    const places = [];
    group.names.forEach((name, i) => {
        if (filter.mayHave(name)) {
            names.push(name);
            places.push(group.places[i]);
        }
    });
    return { names, places };
}

;// CONCATENATED MODULE: ./build/metadata/store/name-filter.js
/**
 * A Bloom filter of the name keys one purl type has affected rows for. A scan tests each of its names here, in
 * JavaScript, before any SQL: in a large lock file most packages never had an advisory, and those then cost a few
 * hash probes instead of an index seek. A false positive costs only the seek it saves otherwise; a name whose
 * advisory was removed may keep its bits until the next rebuild, which is harmless for the same reason. A name
 * with rows is never missed (no false negatives), so the findings do not depend on the filter.
 *
 * The bytes are stored (md_name_filter), so the hashing below is part of the file format: changing it needs a
 * metadata migration that drops the stored filters.
 */
/** Bits per name the filter is sized for, and probes per name: about 1% false positives when full. */
const BITS_PER_NAME = 10;
const PROBES = 7;
const MIN_CAPACITY = 1024;
/** Two 32-bit hashes of a key's UTF-16 code units (FNV-1a and a murmur3-style mix), for double hashing. */
function hashes(key) {
    let a = 0x811c9dc5;
    let b = 0x9747b28c ^ key.length;
    for (let i = 0; i < key.length; i++) {
        const c = key.charCodeAt(i);
        a = Math.imul(a ^ c, 0x01000193);
        b = Math.imul(b ^ c, 0x5bd1e995);
        b ^= b >>> 15;
    }
    b = Math.imul(b ^ (b >>> 16), 0x85ebca6b);
    b = Math.imul(b ^ (b >>> 13), 0xc2b2ae35);
    b ^= b >>> 16;
    // An odd step visits distinct bits for every probe.
    return [a >>> 0, (b | 1) >>> 0];
}
class NameFilter {
    bits;
    capacity;
    added;
    constructor(bits, 
    /** How many names the filter is sized for. */
    capacity, 
    /** How many names were added since it was built (a name added twice counts twice): past capacity it is rebuilt. */
    added) {
        this.bits = bits;
        this.capacity = capacity;
        this.added = added;
    }
    /** An empty filter sized for `names` names with room to grow (twice as many). */
    static sizedFor(names) {
        const capacity = Math.max(MIN_CAPACITY, names * 2);
        return new NameFilter(new Uint8Array(Math.ceil((capacity * BITS_PER_NAME) / 8)), capacity, 0);
    }
    /** A stored filter; null when the bytes do not fit the capacity (then it is rebuilt or not used). */
    static stored(bits, capacity, added) {
        if (!Number.isSafeInteger(capacity) || capacity < 1 || bits.length !== Math.ceil((capacity * BITS_PER_NAME) / 8))
            return null;
        return new NameFilter(bits, capacity, added);
    }
    /** Whether `more` further names still fit without raising the false-positive rate past its design. */
    fits(more) {
        return this.added + more <= this.capacity;
    }
    add(key) {
        const size = this.bits.length * 8;
        const [h1, h2] = hashes(key);
        for (let i = 0; i < PROBES; i++) {
            const bit = (h1 + i * h2) % size;
            this.bits[bit >>> 3] = this.bits[bit >>> 3] | (1 << (bit & 7));
        }
        this.added++;
    }
    /** False: the type has no affected row for this name. True: it may have (about 1% of absent names say so). */
    mayHave(key) {
        const size = this.bits.length * 8;
        const [h1, h2] = hashes(key);
        for (let i = 0; i < PROBES; i++) {
            const bit = (h1 + i * h2) % size;
            if ((this.bits[bit >>> 3] & (1 << (bit & 7))) === 0)
                return false;
        }
        return true;
    }
}

;// CONCATENATED MODULE: ./build/metadata/store/sqlite-name-filters.js

function readFilter(sql, type) {
    const row = sql('SELECT capacity, added, bits FROM md_name_filter WHERE type = ?').get(type);
    return row ? NameFilter.stored(row.bits, Number(row.capacity), Number(row.added)) : null;
}
/** A filter of every name the type has rows for now: withdrawn rows match nothing, so they are left out. */
function rebuilt(sql, type) {
    const query = sql('SELECT DISTINCT name_key FROM md_affected INDEXED BY md_affected_match WHERE type = ? AND withdrawn = 0');
    query.setReturnArrays(true);
    const names = query.all(type);
    const filter = NameFilter.sizedFor(names.length);
    for (const [name] of names)
        filter.add(name);
    return filter;
}
/**
 * Called inside an ingest's transaction, after its rows: the names it wrote go into their type's filter, saved with
 * the rows. A type without a filter (first ingest, or a file from before filters) or whose filter would be fuller than
 * it was sized for is rebuilt from all its rows, which also drops the bits of names no longer affected.
 */
function addToNameFilters(sql, written) {
    for (const [type, names] of written) {
        let filter = readFilter(sql, type);
        if (filter?.fits(names.size))
            for (const name of names)
                filter.add(name);
        else
            filter = rebuilt(sql, type);
        sql('INSERT OR REPLACE INTO md_name_filter (type, capacity, added, bits) VALUES (?, ?, ?, ?)').run(type, filter.capacity, filter.added, filter.bits);
    }
}
/**
 * The filters as a scan reads them, kept while the metadata revision (raised by every ingest, in its transaction)
 * stays the same: a rescan asking set after set reads each once. Call inside a read transaction.
 */
function nameFilterReader(sql) {
    const cache = new Map();
    let revision = -1;
    return (type) => {
        const now = Number(sql("SELECT value FROM md_state WHERE key = 'revision'").get().value);
        if (now !== revision) {
            cache.clear();
            revision = now;
        }
        if (!cache.has(type))
            cache.set(type, readFilter(sql, type));
        return cache.get(type) ?? null;
    };
}

;// CONCATENATED MODULE: ./build/metadata/store/sqlite-candidates.js


/** Names sent in one candidate query. */
const NAMES_PER_QUERY = 2_000;
/**
 * MetadataLookup.affectedEach over the SQLite metadata: the candidate rows of each key handed to `visit` by the key's
 * place. `sql` is the store's cache of prepared statements.
 */
function candidateReader(db, sql) {
    const nameFilter = nameFilterReader(sql);
    function eachAffectedRow(keys, visit) {
        // A type without advisories (not synced, or --registry left it out) costs one seek, not one per name.
        const any = sql('SELECT 1 FROM md_affected INDEXED BY md_affected_match WHERE type = ? LIMIT 1');
        // CROSS JOIN keeps the scan's names as the outer loop: without statistics SQLite might scan every row.
        // Every column comes from md_affected_match (covering): one index seek per name, no row lookups. The name comes
        // back as its place in the array sent, the kind as 0/1: no new string per row for what JavaScript knows
        // already; the advisory id is left to `details`, which reads it for the few rows that match.
        const query = sql(`SELECT j.key, a.rowid, a.distro, a.range_kind = 'osv', a.range
       FROM json_each(?) j CROSS JOIN md_affected a INDEXED BY md_affected_match ON a.type = ? AND a.name_key = j.value AND a.withdrawn = 0`);
        query.setReturnArrays(true);
        for (const [type, group] of placesByType(keys)) {
            const filter = nameFilter(type);
            // Names the filter rules out have no rows: only the others are sought. Without a filter (a file synced before
            // filters, this type not ingested since), every name is.
            const { names, places } = filter ? candidatesOf(group, filter) : group;
            if (names.length === 0 || (!filter && any.get(type) === undefined))
                continue;
            // A few thousand names a query: each query's rows are tested and let go before the next is read, so the
            // candidates of a large scan (mostly not affected) never all live at once, and die young.
            for (let from = 0; from < names.length; from += NAMES_PER_QUERY) {
                const rows = query.all(JSON.stringify(names.slice(from, from + NAMES_PER_QUERY)), type);
                for (const [at, ref, distro, osv, range] of rows) {
                    visit(places[from + at], ref, distro, osv === 1 ? 'osv' : 'pmdb', range);
                }
            }
        }
    }
    return (keys, visit) => {
        // One snapshot: the filters and the rows they describe are read at the same revision.
        const own = !db.isTransaction;
        if (own)
            db.exec('BEGIN');
        try {
            eachAffectedRow(keys, visit);
        }
        finally {
            if (own)
                db.exec('COMMIT');
        }
    };
}

;// CONCATENATED MODULE: ./build/metadata/store/sqlite-removed.js
/**
 * Before an advisory's rows are replaced, in the ingest's transaction: its stored packages that the new record's
 * [type, name_key] `keys` no longer hold are remembered at `revision`. Compared here, not in SQL (a NOT EXISTS over
 * json_each per advisory doubled the time of a sync that rewrites every advisory, as OSV sources are written again
 * on every run; a DELETE ... RETURNING was slower than this read): one indexed read per rewritten advisory, and an
 * insert only for the rare dropped package.
 */
function rememberDropped(sql, advisoryId, keys, revision) {
    const read = sql('SELECT type, name_key FROM md_affected WHERE advisory_id = ?');
    read.setReturnArrays(true);
    const old = read.all(advisoryId);
    if (old.length === 0)
        return;
    const listed = new Set(keys.map(([type, key]) => `${type}\u0000${key}`));
    const insert = sql('INSERT INTO md_removed (type, name_key, revision) VALUES (?, ?, ?) ON CONFLICT (type, name_key) DO UPDATE SET revision = excluded.revision');
    for (const [type, key] of old)
        if (!listed.has(`${type}\u0000${key}`))
            insert.run(type, key, revision);
}
/** Packages of advisories written after `revision`, and those an advisory dropped after it: each once. */
const CHANGED_SINCE_SQL = `
  SELECT a.type, a.name_key FROM md_advisories d JOIN md_affected a ON a.advisory_id = d.id WHERE d.revision > ?1
  UNION
  SELECT type, name_key FROM md_removed WHERE revision > ?1`;

;// CONCATENATED MODULE: ./build/metadata/store/sqlite-schema.js
/**
 * The metadata tables, in the index's SQLite file but with their own schema version (md_schema), so the
 * index's migrations and these never depend on each other. Append migrations, never edit them.
 */
const sqlite_schema_MIGRATIONS = [
    `
  CREATE TABLE md_advisories (
    id TEXT PRIMARY KEY,
    source TEXT NOT NULL,
    withdrawn INTEGER NOT NULL,
    revision INTEGER NOT NULL,
    data TEXT NOT NULL
  ) STRICT;
  CREATE INDEX md_advisories_by_revision ON md_advisories (revision);
  CREATE TABLE md_affected (
    advisory_id TEXT NOT NULL,
    type TEXT NOT NULL,
    name_key TEXT NOT NULL,
    withdrawn INTEGER NOT NULL,
    distro TEXT,
    range_kind TEXT NOT NULL,
    range TEXT NOT NULL
  ) STRICT;
  -- The whole package, apart: matching reads the small rows above for every candidate, this only for matches.
  CREATE TABLE md_affected_data (id INTEGER PRIMARY KEY, data TEXT NOT NULL) STRICT;
  CREATE INDEX md_affected_by_name ON md_affected (type, name_key);
  CREATE INDEX md_affected_by_advisory ON md_affected (advisory_id);
  CREATE TABLE md_aliases (
    alias TEXT NOT NULL,
    advisory_id TEXT NOT NULL,
    PRIMARY KEY (alias, advisory_id)
  ) STRICT, WITHOUT ROWID;
  CREATE INDEX md_aliases_by_advisory ON md_aliases (advisory_id);
  CREATE TABLE md_licenses (
    type TEXT NOT NULL,
    name_key TEXT NOT NULL,
    data TEXT NOT NULL,
    PRIMARY KEY (type, name_key)
  ) STRICT, WITHOUT ROWID;
  CREATE TABLE md_cve_enrichment (
    cve_id TEXT PRIMARY KEY,
    epss REAL,
    known_exploited INTEGER
  ) STRICT, WITHOUT ROWID;
  CREATE TABLE md_checkpoints (
    data_type TEXT NOT NULL,
    registry TEXT NOT NULL,
    version_format TEXT NOT NULL,
    sequence INTEGER NOT NULL,
    chunk INTEGER NOT NULL,
    PRIMARY KEY (data_type, registry, version_format)
  ) STRICT, WITHOUT ROWID;
  CREATE TABLE md_state (key TEXT PRIMARY KEY, value INTEGER NOT NULL) STRICT, WITHOUT ROWID;
  INSERT INTO md_state (key, value) VALUES ('revision', 0);
  `,
    // Rescan: the metadata revision each set was last evaluated at, and the vulnerability findings it gave.
    `
  CREATE TABLE md_rescan_sets (
    project TEXT NOT NULL,
    ref TEXT NOT NULL,
    file TEXT NOT NULL,
    revision INTEGER NOT NULL,
    scanned_at TEXT NOT NULL,
    findings TEXT NOT NULL,
    PRIMARY KEY (project, ref, file)
  ) STRICT, WITHOUT ROWID;
  `,
    // Matching reads every column it needs from this index (covering), so a scan's 50,000 names cost 50,000 index
    // seeks and no lookup of each row in the table: a third less time on the bench. Built over the rows already synced.
    `
  CREATE INDEX md_affected_match ON md_affected (type, name_key, withdrawn, advisory_id, distro, range_kind, range);
  DROP INDEX md_affected_by_name;
  `,
    // Per type, a Bloom filter of the names with affected rows (name-filter.ts), written by each ingest in its own
    // transaction: a scan seeks only the names it lets through. A file synced before has none: its types are matched
    // name by name, as before, until the next ingest of the type builds its filter from all its rows.
    `
  CREATE TABLE IF NOT EXISTS md_name_filter (
    type TEXT PRIMARY KEY,
    capacity INTEGER NOT NULL,
    added INTEGER NOT NULL,
    bits BLOB NOT NULL
  ) STRICT;
  `,
    // Packages a rewritten advisory no longer lists, with the revision that dropped them (sqlite-removed.ts), so a
    // rescan evaluates again the sets holding them. A new empty table: cheap on a file of any size; what earlier
    // syncs dropped is not known (those sets are evaluated again when they are next scanned, as before).
    `
  CREATE TABLE IF NOT EXISTS md_removed (
    type TEXT NOT NULL,
    name_key TEXT NOT NULL,
    revision INTEGER NOT NULL,
    PRIMARY KEY (type, name_key)
  ) STRICT, WITHOUT ROWID;
  CREATE INDEX IF NOT EXISTS md_removed_by_revision ON md_removed (revision);
  `,
];
const METADATA_SCHEMA_VERSION = sqlite_schema_MIGRATIONS.length;
/** The metadata schema version a file holds, or null when `depindex sync` never wrote there (no md_schema). */
function readMetadataSchemaVersion(db) {
    if (db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'md_schema'").get() === undefined)
        return null;
    return Number(db.prepare('SELECT max(version) AS v FROM md_schema').get().v ?? 0);
}
/** Creates or migrates the metadata tables in one transaction; an error names a file from a newer depindex. */
function prepareMetadataSchema(db, place) {
    db.exec('CREATE TABLE IF NOT EXISTS md_schema (version INTEGER NOT NULL) STRICT');
    const read = () => Number(db.prepare('SELECT max(version) AS v FROM md_schema').get().v ?? 0);
    if (read() === METADATA_SCHEMA_VERSION)
        return;
    db.exec('BEGIN IMMEDIATE');
    try {
        const found = read();
        if (found > METADATA_SCHEMA_VERSION)
            throw new Error(`${place} holds package metadata of a newer depindex (schema ${found}); upgrade depindex`);
        for (let v = found; v < METADATA_SCHEMA_VERSION; v++)
            db.exec(sqlite_schema_MIGRATIONS[v]);
        db.exec('DELETE FROM md_schema');
        db.prepare('INSERT INTO md_schema (version) VALUES (?)').run(METADATA_SCHEMA_VERSION);
        db.exec('COMMIT');
    }
    catch (e) {
        db.exec('ROLLBACK');
        throw e;
    }
}

;// CONCATENATED MODULE: ./build/metadata/store/sqlite-store.js












function failure(what, location, e) {
    return result_err(`${what} in ${location} failed: ${e instanceof Error ? e.message : String(e)}`);
}
/**
 * The metadata tables in the index's SQLite file. The index itself is opened (and created) first through its
 * own store, so a file that starts with `depindex sync` is a valid index for `depindex scan` too.
 */
function openSqliteMetadata(path, options = {}) {
    const location = `sqlite:${path}`;
    if (options.readOnly === true && path !== ':memory:')
        return openReadOnlyMetadata(path, location, options);
    if (path !== ':memory:') {
        const index = openSqliteStore(path, { busyTimeoutMs: options.busyTimeoutMs });
        if (!index.ok)
            return index;
        void index.value.close();
    }
    let db;
    try {
        db = new external_node_sqlite_namespaceObject.DatabaseSync(path, { timeout: options.busyTimeoutMs ?? 15_000 });
        db.exec('PRAGMA journal_mode = WAL');
        db.exec('PRAGMA synchronous = NORMAL');
        // The names a scan asks for go into a temporary table: kept in memory, not in a temporary file.
        db.exec('PRAGMA temp_store = MEMORY');
        prepareMetadataSchema(db, location);
    }
    catch (e) {
        return result_err(`cannot open package metadata in ${location}: ${e instanceof Error ? e.message : String(e)}`);
    }
    return result_ok(metadataOver(db, location, options));
}
/** Read-only: no schema made or migrated; a file from a newer depindex is refused, as the index is. */
function openReadOnlyMetadata(path, location, options) {
    let db;
    try {
        const opened = openReadOnly(path, options.busyTimeoutMs ?? 15_000);
        if (!opened.ok)
            return result_err(`cannot open package metadata in ${location}: ${opened.error}`);
        db = opened.value;
        const found = readMetadataSchemaVersion(db);
        if (found === null || found > METADATA_SCHEMA_VERSION) {
            db.close();
            return result_err(found === null
                ? `${location} holds no package metadata: \`depindex sync\` writes it`
                : `${location} holds package metadata of a newer depindex (schema ${found}); upgrade depindex`);
        }
    }
    catch (e) {
        return result_err(`cannot open package metadata in ${location}: ${e instanceof Error ? e.message : String(e)}`);
    }
    return result_ok(metadataOver(db, location, options));
}
function metadataOver(db, location, options) {
    const statements = new Map();
    const sql = (text) => {
        let s = statements.get(text);
        if (!s)
            statements.set(text, (s = db.prepare(text)));
        return s;
    };
    /** The names each type got rows for in the ingest under way (sqlite-name-filters.ts). */
    const written = new Map();
    function writeAdvisory(record, revision) {
        const { advisory } = record;
        const keys = record.packages.map((pkg) => [pkg.type, recordPackageKey(pkg.type, pkg.name).key]);
        // Most lines of an export are new advisories: one lookup spares them the deletes.
        if (sql('SELECT 1 FROM md_advisories WHERE id = ?').get(advisory.id)) {
            rememberDropped(sql, advisory.id, keys, revision);
            sql('DELETE FROM md_affected_data WHERE id IN (SELECT rowid FROM md_affected WHERE advisory_id = ?)').run(advisory.id);
            sql('DELETE FROM md_affected WHERE advisory_id = ?').run(advisory.id);
            sql('DELETE FROM md_aliases WHERE advisory_id = ?').run(advisory.id);
        }
        sql('INSERT OR REPLACE INTO md_advisories (id, source, withdrawn, revision, data) VALUES (?, ?, ?, ?, ?)').run(advisory.id, advisory.source, advisory.withdrawn ? 1 : 0, revision, JSON.stringify(advisory));
        const affected = sql('INSERT INTO md_affected (advisory_id, type, name_key, withdrawn, distro, range_kind, range) VALUES (?, ?, ?, ?, ?, ?, ?)');
        const data = sql('INSERT INTO md_affected_data (id, data) VALUES (?, ?)');
        for (const [i, pkg] of record.packages.entries()) {
            const versions = versionsText(pkg);
            const key = keys[i][1];
            const row = affected.run(advisory.id, pkg.type, key, advisory.withdrawn ? 1 : 0, pkg.distro, versions.kind, versions.text);
            data.run(row.lastInsertRowid, JSON.stringify(pkg));
            if (!advisory.withdrawn) {
                const names = written.get(pkg.type);
                if (names)
                    names.add(key);
                else
                    written.set(pkg.type, new Set([key]));
            }
        }
        const alias = sql('INSERT OR IGNORE INTO md_aliases (alias, advisory_id) VALUES (?, ?)');
        for (const id of new Set([advisory.id, ...advisory.identifiers.map((i) => i.value)]))
            alias.run(id.toUpperCase(), advisory.id);
    }
    function writeLicense(record) {
        const key = recordPackageKey(record.type, record.name).key;
        const found = sql('SELECT data FROM md_licenses WHERE type = ? AND name_key = ?').get(record.type, key);
        const merged = found ? mergeLicenseRecords(JSON.parse(found.data), record) : record;
        sql('INSERT OR REPLACE INTO md_licenses (type, name_key, data) VALUES (?, ?, ?)').run(record.type, key, JSON.stringify(merged));
    }
    function writeEnrichment(e, revision) {
        // The advisories of the CVE change priority: a rescan evaluates them again.
        sql('UPDATE md_advisories SET revision = ? WHERE id IN (SELECT advisory_id FROM md_aliases WHERE alias = ?)').run(revision, e.cveId);
        sql('INSERT OR REPLACE INTO md_cve_enrichment (cve_id, epss, known_exploited) VALUES (?, ?, ?)').run(e.cveId, e.epss, e.knownExploited === null ? null : e.knownExploited ? 1 : 0);
    }
    const readRevision = () => Number(sql("SELECT value FROM md_state WHERE key = 'revision'").get().value);
    const affectedEach = candidateReader(db, sql);
    /** Whether this connection wrote metadata: then closing it refreshes the planner's statistics. */
    let ingested = false;
    const store = {
        location,
        async checkpoints() {
            try {
                const rows = sql('SELECT data_type, registry, version_format, sequence, chunk FROM md_checkpoints ORDER BY data_type, registry, version_format').all();
                return result_ok(rows.map((r) => ({ dataType: String(r.data_type), registry: String(r.registry), versionFormat: String(r.version_format), sequence: Number(r.sequence), chunk: Number(r.chunk) })));
            }
            catch (e) {
                return failure('reading checkpoints', location, e);
            }
        },
        async ingest(batch) {
            try {
                db.exec('BEGIN IMMEDIATE');
            }
            catch (e) {
                return failure('starting a metadata write', location, e);
            }
            try {
                written.clear();
                const revision = readRevision() + 1;
                sql("UPDATE md_state SET value = ? WHERE key = 'revision'").run(revision);
                for (const record of batch.advisories)
                    writeAdvisory(record, revision);
                addToNameFilters(sql, written);
                written.clear();
                for (const record of batch.licenses)
                    writeLicense(record);
                for (const record of batch.enrichment)
                    writeEnrichment(record, revision);
                const c = batch.checkpoint;
                if (c) {
                    sql('INSERT OR REPLACE INTO md_checkpoints (data_type, registry, version_format, sequence, chunk) VALUES (?, ?, ?, ?, ?)').run(c.dataType, c.registry, c.versionFormat, c.sequence, c.chunk);
                }
                options.beforeCommit?.();
                db.exec('COMMIT');
                ingested = true;
                return result_ok(undefined);
            }
            catch (e) {
                db.exec('ROLLBACK');
                return failure('writing package metadata', location, e);
            }
        },
        async status() {
            const checkpoints = await store.checkpoints();
            if (!checkpoints.ok)
                return checkpoints;
            try {
                const count = (table) => Number(sql(`SELECT count(*) AS n FROM ${table}`).get().n);
                return result_ok({
                    checkpoints: checkpoints.value,
                    counts: { advisories: count('md_advisories'), affectedPackages: count('md_affected'), licenses: count('md_licenses'), cveEnrichment: count('md_cve_enrichment') },
                });
            }
            catch (e) {
                return failure('counting package metadata', location, e);
            }
        },
        async affectedFor(keys) {
            const out = new Map();
            affectedEach(keys, (place, ref, distro, kind, text) => {
                const { type } = keys[place];
                const row = { ref, type, distro, versions: { kind, text } };
                const key = packageKeyText(keys[place]);
                const known = out.get(key);
                if (known)
                    known.push(row);
                else
                    out.set(key, [row]);
            });
            return out;
        },
        async affectedEach(keys, visit) {
            affectedEach(keys, visit);
        },
        async details(refs) {
            const out = new Map();
            const advisories = new Map();
            const query = sql(`SELECT a.rowid, p.data, d.id, d.data FROM json_each(?) j CROSS JOIN md_affected a ON a.rowid = j.value
         JOIN md_affected_data p ON p.id = a.rowid JOIN md_advisories d ON d.id = a.advisory_id`);
            query.setReturnArrays(true);
            for (const [ref, pkg, id, advisory] of query.all(JSON.stringify(refs))) {
                let parsed = advisories.get(id);
                if (!parsed)
                    advisories.set(id, (parsed = JSON.parse(advisory)));
                out.set(ref, { advisory: parsed, pkg: JSON.parse(pkg) });
            }
            return out;
        },
        async licensedTypes(types) {
            const any = sql('SELECT 1 FROM md_licenses WHERE type = ? LIMIT 1');
            return new Set(types.filter((type) => any.get(type) !== undefined));
        },
        async licensesFor(keys) {
            const out = new Map();
            const any = sql('SELECT 1 FROM md_licenses WHERE type = ? LIMIT 1');
            const query = sql('SELECT l.name_key, l.data FROM json_each(?) j CROSS JOIN md_licenses l ON l.type = ? AND l.name_key = j.value');
            for (const [type, names] of namesByType(keys)) {
                if (any.get(type) === undefined)
                    continue;
                for (const r of query.all(JSON.stringify(names), type))
                    out.set(packageKeyText({ type, key: String(r.name_key) }), JSON.parse(String(r.data)));
            }
            return out;
        },
        async enrichmentFor(cveIds) {
            const out = new Map();
            const ids = [...new Set(cveIds.map((c) => c.toUpperCase()))];
            const rows = sql('SELECT e.cve_id, e.epss, e.known_exploited FROM json_each(?) j CROSS JOIN md_cve_enrichment e ON e.cve_id = j.value').all(JSON.stringify(ids));
            for (const r of rows) {
                const id = String(r.cve_id);
                out.set(id, { cveId: id, epss: r.epss === null ? null : Number(r.epss), knownExploited: r.known_exploited === null ? null : r.known_exploited === 1 });
            }
            return out;
        },
        async advisoriesById(idOrAlias) {
            try {
                const ids = sql('SELECT DISTINCT advisory_id FROM md_aliases WHERE alias = ? ORDER BY advisory_id').all(idOrAlias.trim().toUpperCase());
                const records = [];
                for (const { advisory_id: id } of ids) {
                    const row = sql('SELECT data FROM md_advisories WHERE id = ?').get(String(id));
                    if (!row)
                        continue;
                    const packages = sql('SELECT p.data FROM md_affected a JOIN md_affected_data p ON p.id = a.rowid WHERE a.advisory_id = ? ORDER BY a.rowid')
                        .all(String(id))
                        .map((p) => JSON.parse(String(p.data)));
                    records.push({ advisory: JSON.parse(row.data), packages });
                }
                return result_ok(records);
            }
            catch (e) {
                return failure('looking up an advisory', location, e);
            }
        },
        async revision() {
            try {
                return result_ok(readRevision());
            }
            catch (e) {
                return failure('reading the metadata revision', location, e);
            }
        },
        async changedSince(revision) {
            try {
                const rows = sql(CHANGED_SINCE_SQL).all(revision);
                return result_ok(rows.map((r) => ({ type: String(r.type), key: String(r.name_key) })));
            }
            catch (e) {
                return failure('reading changed advisories', location, e);
            }
        },
        async close() {
            if (!db.isOpen)
                return;
            try {
                // The planner's statistics for what this sync wrote, as the index keeps its own (store/sqlite/store.ts). Left
                // to the next close of the index, the first scan after each sync paid for them: 166 ms over 500,000 rows.
                if (ingested) {
                    db.exec('PRAGMA busy_timeout = 50');
                    db.exec('PRAGMA optimize');
                }
            }
            catch {
                // Statistics are an optimisation; the next close refreshes them.
            }
            finally {
                db.close();
            }
        },
    };
    return store;
}

;// CONCATENATED MODULE: ./build/metadata/match-worker/protocol.js
const protocol_flag = (value) => (value === true ? 2 : value === false ? 1 : 0);
const unflag = (value) => (value === 2 ? true : value === 1 ? false : null);
function packSets(sets) {
    return sets.map((set) => {
        const n = set.dependencies.length;
        const purls = new Array(n);
        const types = new Array(n);
        const namespaces = new Array(n);
        const names = new Array(n);
        const versions = new Array(n);
        const flags = new Int8Array(n * 2);
        set.dependencies.forEach((d, i) => {
            purls[i] = d.purl;
            types[i] = d.type;
            namespaces[i] = d.namespace;
            names[i] = d.name;
            versions[i] = d.version;
            flags[i * 2] = protocol_flag(d.introduced);
            flags[i * 2 + 1] = protocol_flag(d.development);
        });
        return { file: set.file, packageManager: set.packageManager, format: set.format, purls, types, namespaces, names, versions, flags, edges: set.graph.edges };
    });
}
function unpackSets(packed) {
    return packed.map((set) => {
        const dependencies = set.purls.map((purl, i) => ({
            purl, type: set.types[i], namespace: set.namespaces[i] ?? null, name: set.names[i], version: set.versions[i],
            introduced: unflag(set.flags[i * 2]), development: unflag(set.flags[i * 2 + 1]), licenses: null, checksums: null, source: null,
        }));
        return { file: set.file, packageManager: set.packageManager, format: set.format, dependencies, graph: { edges: set.edges } };
    });
}

;// CONCATENATED MODULE: ./build/metadata/match-worker/worker.js
/**
 * The matching thread's script (client.ts starts it): opens the SQLite metadata read-only over its own connection,
 * matches the sets it is sent once, answers, and ends. Bundled on its own (dist/match-worker/index.js).
 */




const port = external_node_worker_threads_namespaceObject.parentPort;
if (port) {
    // Opened while the scan still reads its inputs on the main thread.
    const opened = openSqliteMetadata(external_node_worker_threads_namespaceObject.workerData.path, { readOnly: true });
    port.once('message', (request) => {
        void answer(request).then((reply) => {
            port.postMessage(reply);
            port.close();
        });
    });
    async function answer(request) {
        if (!opened.ok)
            return { ok: false, error: opened.error };
        try {
            return { ok: true, findings: await matchVulnerabilities(unpackSets(request.sets), opened.value, request.options) };
        }
        catch (e) {
            return { ok: false, error: e instanceof Error ? e.message : String(e) };
        }
        finally {
            await opened.value.close();
        }
    }
}

